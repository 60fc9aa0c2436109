-- Who is registered in which municipality, for a service that does not hold the people itself: a projection
-- of participants.participant.v1 written by the care-access module (CareProjection). No name, no number.
-- A repeatable migration owned by the module (docs/adr/0021): every statement can run again.
create table if not exists care_person (
    participant_id  uuid primary key,
    municipality_id text not null
);

-- Whether her follow-up here goes on: false once she moved away or it closed (ParticipantClosed), true again if she is
-- registered here anew. A service refuses to start something new for someone no longer followed up (a transfer, say).
alter table care_person add column if not exists active boolean not null default true;
