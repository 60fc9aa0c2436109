-- The organisation registry: a service may serve several municipalities and is visible in each.
alter table organisation
    add column phone            text,
    add column email            text,
    add column address          text,
    add column services_offered text,
    add column created_by       text,
    add column updated_at       timestamptz,
    add column version          bigint not null default 0,
    add constraint organisation_type check (type in ('refugee-service', 'adult-education', 'nav-office', 'health-service',
        'school', 'child-welfare', 'housing', 'volunteer-centre', 'other'));

create table organisation_municipality (
    organisation_id uuid not null references organisation (id),
    municipality_id text not null,
    primary key (organisation_id, municipality_id)
);
create index organisation_municipality_by_municipality on organisation_municipality (municipality_id);
insert into organisation_municipality (organisation_id, municipality_id) select id, municipality_id from organisation;

-- Professionals are Keycloak users (by subject id) with a profession and organisation memberships.
create table professional (
    id              uuid primary key,
    municipality_id text        not null,
    subject         text        not null unique,
    name            text        not null,
    profession      text        not null,
    email           text,
    phone           text,
    languages       text        not null default '',
    created_at      timestamptz not null,
    created_by      text        not null,
    updated_at      timestamptz,
    version         bigint      not null default 0
);
create index professional_by_municipality on professional (municipality_id, name);

create table professional_membership (
    professional_id uuid not null references professional (id),
    organisation_id uuid not null references organisation (id),
    primary key (professional_id, organisation_id)
);
create index professional_membership_by_organisation on professional_membership (organisation_id);

create table professional_absence (
    id              uuid primary key,
    professional_id uuid        not null references professional (id),
    from_date       date        not null,
    to_date         date        not null,
    deputy_id       uuid        not null references professional (id),
    note            text,
    created_at      timestamptz not null,
    created_by      text        not null,
    constraint absence_period check (to_date >= from_date),
    constraint absence_deputy_is_someone_else check (deputy_id <> professional_id)
);
create index professional_absence_by_professional on professional_absence (professional_id, to_date);
create index professional_absence_by_deputy on professional_absence (deputy_id, to_date);

-- Projections of the participants service's events: ids, status, dates; no personal data.
create table participant_ref (
    participant_id       uuid primary key,
    municipality_id      text        not null,
    status               text        not null,
    registered_at        timestamptz not null,
    last_team_meeting_at timestamptz
);
create index participant_ref_by_municipality on participant_ref (municipality_id, status);

create table participant_programme (
    enrolment_id     uuid primary key,
    participant_id   uuid    not null,
    programme        text    not null,
    planned_end_date date,
    ended            boolean not null default false
);
create index participant_programme_open on participant_programme (participant_id) where not ended;

create table participant_network_person (
    network_person_id        uuid primary key,
    participant_id           uuid    not null,
    joins_follow_up_meetings boolean not null,
    removed                  boolean not null default false
);
create index participant_network_person_by_participant on participant_network_person (participant_id);

create table consent_grant (
    consent_id               uuid primary key,
    participant_id           uuid        not null,
    receiver_type            text        not null,
    receiver_organisation_id uuid,
    categories               text        not null,
    valid_from               timestamptz not null,
    valid_to                 timestamptz not null,
    status                   text        not null
);
create index consent_grant_by_participant on consent_grant (participant_id);

-- At most one active responsible coordinator per person, enforced here, not in code.
create table coordinator_assignment (
    id                     uuid primary key,
    participant_id         uuid        not null,
    municipality_id        text        not null,
    professional_id        uuid        not null references professional (id),
    organisation_id        uuid        not null references organisation (id),
    assigned_at            timestamptz not null,
    assigned_by            text        not null,
    handover_note          text,
    previous_assignment_id uuid references coordinator_assignment (id),
    ended_at               timestamptz,
    ended_by               text
);
create unique index one_active_coordinator_per_person on coordinator_assignment (participant_id) where ended_at is null;
create index coordinator_assignment_active_by_professional on coordinator_assignment (professional_id, participant_id)
    where ended_at is null;
create index coordinator_assignment_by_participant on coordinator_assignment (participant_id, assigned_at);

create table team_member (
    id                uuid primary key,
    participant_id    uuid        not null,
    municipality_id   text        not null,
    professional_id   uuid        not null references professional (id),
    organisation_id   uuid        not null references organisation (id),
    role              text        not null,
    joined_at         timestamptz not null,
    added_by          text        not null,
    left_at           timestamptz,
    removed_by        text,
    suspended_at      timestamptz,
    suspension_reason text
);
create unique index one_membership_per_professional on team_member (participant_id, professional_id) where left_at is null;
create index team_member_active_by_professional on team_member (professional_id) where left_at is null;
create index team_member_by_participant on team_member (participant_id);
