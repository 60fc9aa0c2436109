-- Meetings about the person on their plan: the kind (an internal coordination meeting is the one without the
-- person), time and place, the roles agreed before it, agenda, minutes, and who attends. Decisions become actions,
-- which remember the meeting that decided them.
create table meeting (
    id              uuid primary key,
    plan_id         uuid        not null references plan (id),
    kind            text        not null check (kind in ('team-meeting', 'follow-up', 'transition-18', 'transition-programme-end',
                                                         'transition-moving', 'internal')),
    category        text        not null,
    starts_at       timestamptz not null,
    place           text,
    video_link      text,
    status          text        not null check (status in ('scheduled', 'held', 'cancelled')),
    agenda          text[]      not null default '{}',
    minutes         text,
    chair_id        uuid,
    minute_taker_id uuid,
    interviewer_id  uuid,
    held_at         timestamptz,
    created_at      timestamptz not null,
    created_by      text        not null,
    version         bigint      not null default 0
);
create index meeting_by_plan on meeting (plan_id, starts_at);

create table meeting_attendee (
    id           uuid primary key,
    meeting_id   uuid not null references meeting (id),
    kind         text not null check (kind in ('team-member', 'person', 'network-person', 'interpreter')),
    attendee_ref uuid,
    language     text,
    constraint attendee_named check ((kind in ('team-member', 'network-person')) = (attendee_ref is not null)),
    constraint interpreter_language check ((kind = 'interpreter') = (language is not null))
);
create index attendee_by_meeting on meeting_attendee (meeting_id);

alter table action add column meeting_id uuid references meeting (id);
