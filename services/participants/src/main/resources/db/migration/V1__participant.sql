-- A person registered in a municipality. Personal data lives only in this service's database.
create table participant (
    id              uuid primary key,
    municipality_id text        not null,
    name            text        not null,
    registered_at   timestamptz not null,
    registered_by   text        not null,
    version         bigint      not null default 0
);

-- Every query is scoped to one municipality.
create index participant_by_municipality on participant (municipality_id, registered_at desc, id);
