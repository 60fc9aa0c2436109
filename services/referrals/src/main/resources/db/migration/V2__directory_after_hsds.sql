-- The directory after Open Referral HSDS: each entry is a service of a registry organisation (the provider), kept by the
-- municipality that registered it (municipality_id), found in every municipality it serves (served_municipality_ids):
-- what it offers, to whom, in which languages, for which parts of life, how long one waits, how to reach it.
alter table directory_service
    add column organisation_id         uuid,
    add column description             text,
    add column eligibility             text,
    add column languages               text[]      not null default '{}',
    add column life_areas              text[]      not null default '{}',
    add column waiting_days            int check (waiting_days between 0 and 3650),
    add column phone                   text,
    add column email                   text,
    add column opening_hours           text,
    add column served_municipality_ids text[]      not null default '{}',
    add column updated_at              timestamptz,
    add column version                 bigint      not null default 0;
update directory_service set served_municipality_ids = array[municipality_id] where served_municipality_ids = '{}';
create index directory_service_served on directory_service using gin (served_municipality_ids);
