-- The binding agreements of the plan: what is to be done, who is responsible (the person, a team member, an
-- organisation or the network person), by when, the goal it serves, and the information category that decides
-- who on the team sees it.
create table action (
    id                uuid primary key,
    plan_id           uuid        not null references plan (id),
    goal_id           uuid references goal (id),
    description       text        not null,
    category          text        not null,
    responsible_kind  text        not null check (responsible_kind in ('person', 'team-member', 'organisation', 'network-person')),
    responsible_id    uuid,
    due_date          date,
    status            text        not null,
    created_at        timestamptz not null,
    created_by        text        not null,
    status_changed_at timestamptz not null,
    status_changed_by text        not null,
    version           bigint      not null default 0,
    constraint action_names_whom check ((responsible_kind = 'person') = (responsible_id is null))
);
create index action_by_plan on action (plan_id, due_date);
