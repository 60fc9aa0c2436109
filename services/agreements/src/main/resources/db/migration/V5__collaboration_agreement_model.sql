-- A collaboration agreement in full: its purpose, the parties (organisations serving the municipality, each with a
-- contact person), the routines agreed, validity and the date it is to be reviewed. Admins keep them.
alter table collaboration_agreement
    add column purpose     text,
    add column routines    text[]      not null default '{}',
    add column valid_to    date,
    add column review_date date,
    add column created_by  text        not null default 'migration',
    add column updated_at  timestamptz,
    add column version     bigint      not null default 0,
    add constraint collaboration_agreement_valid_period check (valid_to is null or valid_to >= valid_from);

create table collaboration_party (
    id                      uuid primary key,
    agreement_id            uuid    not null references collaboration_agreement (id),
    position                int     not null,
    organisation_id         uuid    not null,
    contact_professional_id uuid,
    constraint collaboration_party_once unique (agreement_id, organisation_id)
);
create index collaboration_party_by_agreement on collaboration_party (agreement_id, position);
