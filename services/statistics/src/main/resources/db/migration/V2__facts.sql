-- The statistics read model: one row per event statistics counts from, with the ids, codes and dates
-- the indicators need (docs/statistics.md) and nothing else: no name, national id or free text.
-- Keyed by event id, so a redelivered event changes nothing; every figure is a query over the rows,
-- so events arriving late or out of order (a programme ending before its enrolment) count the same.
create table fact (
    event_id            uuid primary key,
    event_type          text        not null,
    municipality_id     text        not null,
    occurred_at         timestamptz not null,
    participant_id      uuid,
    -- The thing the event is about: enrolment, assignment, meeting, goal, action, referral, consent, task.
    subject_id          uuid,
    -- The assignment a handover ended.
    previous_subject_id uuid,
    -- The coordinator's organisation, a referral's receiving organisation.
    organisation_id     uuid,
    -- The coordinator of an assignment.
    professional_id     uuid,
    programme           text,
    -- Why a programme ended, a referral was rejected or failed, a follow-up closed.
    reason              text,
    life_area           text,
    -- A goal's or action's status after the change, and before it.
    status              text,
    previous_status     text,
    -- A meeting's kind.
    kind                text,
    -- A transition's rule.
    rule                text,
    age_band            text,
    start_date          date,
    end_date            date,
    due_date            date,
    held_at             timestamptz,
    with_person         boolean,
    with_network_person boolean
);

-- Units are found by type and municipality; a unit's later events (status, answer, met) by its subject and type, in
-- time order; a handover's ended assignment by the one it names; a person's meetings by person and type.
create index fact_by_type on fact (event_type, municipality_id);
create index fact_by_subject on fact (subject_id, event_type, occurred_at);
create index fact_by_previous_subject on fact (previous_subject_id) where previous_subject_id is not null;
create index fact_by_participant on fact (participant_id, event_type, municipality_id);

-- Every municipality any fact is of: the rows of the regional view and open data, without scanning the facts.
create table municipality (
    municipality_id text primary key
);

-- Names of the services in the registry, for figures per receiving organisation. Latest event wins.
create table organisation (
    organisation_id uuid primary key,
    name            text        not null,
    type            text,
    updated_at      timestamptz not null
);

-- Replaced by fact: the registrations are replayed into it from the topic.
drop table participant_registration;
