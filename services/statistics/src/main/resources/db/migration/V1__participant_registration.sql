-- Read model: one row per registered participant, from ParticipantRegistered. Ids only, no personal data.
create table participant_registration (
    participant_id  uuid primary key,
    municipality_id text        not null,
    registered_at   timestamptz not null
);

create index participant_registration_by_municipality on participant_registration (municipality_id);
