-- The shared plan: one per person and municipality, made on first use. Goals per life area with a status,
-- a target date and an information category (what need-to-know opens per team member), and progress notes
-- with the person's own rating over time. Names and free text stay here; events will carry ids only.
create table plan (
    id              uuid primary key,
    participant_id  uuid        not null,
    municipality_id text        not null,
    own_goal        text,
    created_at      timestamptz not null,
    created_by      text        not null,
    version         bigint      not null default 0,
    constraint plan_one_per_person unique (participant_id, municipality_id)
);

create table goal (
    id                uuid primary key,
    plan_id           uuid        not null references plan (id),
    life_area         text        not null,
    category          text        not null,
    description       text        not null,
    status            text        not null,
    target_date       date,
    created_at        timestamptz not null,
    created_by        text        not null,
    status_changed_at timestamptz not null,
    version           bigint      not null default 0
);
create index goal_by_plan on goal (plan_id, created_at);

create table progress_note (
    id          uuid primary key,
    goal_id     uuid        not null references goal (id),
    rating      int check (rating between 1 and 10),
    note        text,
    recorded_at timestamptz not null,
    recorded_by text        not null,
    constraint progress_says_something check (rating is not null or note is not null)
);
create index progress_by_goal on progress_note (goal_id, recorded_at);
