-- Which organisations serve which municipality: a consent may only name an organisation serving the
-- person's municipality. Projection of coordinators.organisation.v1 (ids and municipality ids only).
create table care_organisation_municipality (
    organisation_id uuid not null,
    municipality_id text not null,
    primary key (organisation_id, municipality_id)
);

-- A team member's access is decided here from the consents this service holds, in the same
-- transaction as a revocation (docs/adr/0016); the coordinators service's suspension flag is not read.
alter table care_team_member drop column suspended;

-- Identity numbers are added or changed by an explicit act with a reason, never by editing the person.
create table national_id_change (
    id              uuid        primary key,
    participant_id  uuid        not null references participant (id),
    municipality_id text        not null,
    previous_masked text,
    new_masked      text        not null,
    reason          text        not null,
    changed_at      timestamptz not null,
    changed_by      text        not null
);
create index national_id_change_by_participant on national_id_change (participant_id, changed_at desc);
