-- Which organisations serve which municipality: a consent's receiver, a collaboration agreement's party must be one
-- serving the municipality. Projection of coordinators.organisation.v1 (ids and municipality ids only), written by
-- the care-access module (CareProjection). A repeatable migration owned by the module (docs/adr/0021).
create table if not exists care_organisation_municipality (
    organisation_id uuid not null,
    municipality_id text not null,
    primary key (organisation_id, municipality_id)
);

-- The organisation's name from the registry (not personal data): what a directory or a sheet shows for an id.
create table if not exists care_organisation_name (
    organisation_id uuid primary key,
    name            text not null
);

-- The organisation's kind from the registry (nav-office, adult-education, ...): a transition rule is met by a referral to a
-- kind of service ("NAV involved"), not to one named organisation.
alter table care_organisation_name add column if not exists type text;
