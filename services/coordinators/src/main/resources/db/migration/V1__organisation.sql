-- Services that take part in the collaboration (NAV office, refugee service, school, ...), per municipality.
create table organisation (
    id              uuid primary key,
    municipality_id text        not null,
    name            text        not null,
    type            text        not null,
    created_at      timestamptz not null
);

create index organisation_by_municipality on organisation (municipality_id);
