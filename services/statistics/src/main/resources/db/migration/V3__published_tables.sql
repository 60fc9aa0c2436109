-- Figures that leave the municipality (the regional view, open data) are published once per closed quarter and kept:
-- read again later, the same table, so no two downloads differ by a late event about one person (ADR 0029).
create table published_table (
    indicator    text        not null,
    quarter      text        not null,
    dimension    text        not null,
    weeks        int         not null,
    body         jsonb       not null,
    published_at timestamptz not null,
    primary key (indicator, quarter, dimension, weeks)
);
