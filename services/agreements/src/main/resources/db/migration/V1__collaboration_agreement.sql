-- Formal agreements between services of a municipality on how they work together.
create table collaboration_agreement (
    id              uuid primary key,
    municipality_id text        not null,
    title           text        not null,
    valid_from      date        not null,
    created_at      timestamptz not null
);

create index collaboration_agreement_by_municipality on collaboration_agreement (municipality_id);
