-- Transitions with deadlines: each municipality's settings of the platform's rules (defaults until its admin sets them),
-- and the tasks the rules make from people's programme enrolments, due, then met by a referral or cancelled.
create table transition_rule (
    id              uuid primary key,
    municipality_id text        not null,
    rule            text        not null,
    enabled         boolean     not null,
    lead            int         not null check (lead between 0 and 60),
    updated_at      timestamptz,
    updated_by      text,
    version         bigint      not null default 0,
    unique (municipality_id, rule)
);

create table transition_task (
    id                 uuid primary key,
    municipality_id    text        not null,
    participant_id     uuid        not null,
    enrolment_id       uuid        not null,
    rule               text        not null,
    due_date           date        not null,
    status             text        not null,
    met_by_referral_id uuid,
    created_at         timestamptz not null,
    closed_at          timestamptz,
    version            bigint      not null default 0,
    unique (enrolment_id, rule)
);
create index transition_task_due_by_participant on transition_task (participant_id) where status = 'DUE';
