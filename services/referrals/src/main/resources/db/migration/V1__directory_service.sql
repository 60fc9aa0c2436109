-- The directory of services a person can be referred to (eligibility, capacity and languages come later).
create table directory_service (
    id              uuid primary key,
    municipality_id text        not null,
    name            text        not null,
    provider        text        not null,
    created_at      timestamptz not null
);

create index directory_service_by_municipality on directory_service (municipality_id);
