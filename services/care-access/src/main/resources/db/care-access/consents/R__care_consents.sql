-- People's consents as need-to-know reads them, in a service that does not hold consents itself: a
-- projection of participants.consent.v1, written by the care-access module (CareProjection).
-- A repeatable migration owned by the module (docs/adr/0021): every statement can run again.
create table if not exists care_consent (
    consent_id               uuid primary key,
    participant_id           uuid        not null,
    receiver_type            text        not null,
    receiver_organisation_id uuid,
    categories               text        not null,
    valid_from               timestamptz not null,
    valid_to                 timestamptz not null,
    status                   text        not null
);
create index if not exists care_consent_by_participant on care_consent (participant_id);
