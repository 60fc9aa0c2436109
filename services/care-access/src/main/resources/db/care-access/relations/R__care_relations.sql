-- Care relations: who coordinates, deputises for and is on the team of each person, and who a professional
-- is. Projections of coordinators.assignment.v1, coordinators.team.v1 and coordinators.professional.v1,
-- written by the care-access module (CareProjection) in every service that decides need-to-know.
--
-- A repeatable migration owned by the module (docs/adr/0021): each statement can run again on a database
-- that has it already, and a change to the shape is written here as an idempotent statement, because this
-- script runs after a service's own versioned migrations, whatever their numbers. The function is dropped
-- and made again, so that a change of the columns it returns applies too (create or replace cannot).

create table if not exists care_professional (
    professional_id  uuid primary key,
    subject          text not null,
    organisation_ids text not null default ''
);
create index if not exists care_professional_by_subject on care_professional (subject);

create table if not exists care_assignment (
    participant_id  uuid primary key,
    assignment_id   uuid not null,
    professional_id uuid not null,
    organisation_id uuid not null
);
create index if not exists care_assignment_by_professional on care_assignment (professional_id);

create table if not exists care_team_member (
    member_id       uuid primary key,
    participant_id  uuid    not null,
    professional_id uuid    not null,
    organisation_id uuid    not null,
    active          boolean not null
);
create index if not exists care_team_member_by_professional on care_team_member (professional_id) where active;
create index if not exists care_team_member_by_participant on care_team_member (participant_id);

create table if not exists care_absence (
    absence_id      uuid primary key,
    professional_id uuid not null,
    deputy_id       uuid not null,
    from_date       date not null,
    to_date         date not null
);
create index if not exists care_absence_by_deputy on care_absence (deputy_id, to_date);

-- Who registered each person (the registrant sees them until a coordinator is assigned). The service that
-- registers people (participants) provides this as a view over its own table, made by its versioned
-- migrations before this script runs; any other service gets a table it fills from events.
create table if not exists care_registration (
    participant_id uuid primary key,
    registered_by  text not null
);
do $$
begin
    if exists (select 1 from pg_class where relname = 'care_registration' and relkind = 'r') then
        create index if not exists care_registration_by_registrant on care_registration (registered_by);
    end if;
end
$$;

-- The ties of a signed-in professional (subject) to people: coordinator, deputy for an absence of the
-- coordinator (with its days), team member (with the organisation), registrant — each with the organisation
-- of the person's coordinator, if any. Whether a tie admits is decided in Java (NeedToKnow), not here.
drop function if exists care_ties(text);
create function care_ties(p_subject text)
    returns table (participant_id uuid, tie text, organisation_id uuid, from_date date, to_date date,
                   coordinator_organisation_id uuid)
    language sql stable as $$
    select a.participant_id, 'COORDINATOR', null::uuid, null::date, null::date, a.organisation_id
      from care_assignment a
      join care_professional me on me.professional_id = a.professional_id
     where me.subject = p_subject
    union all
    select a.participant_id, 'DEPUTY', null::uuid, ab.from_date, ab.to_date, a.organisation_id
      from care_assignment a
      join care_absence ab on ab.professional_id = a.professional_id
      join care_professional me on me.professional_id = ab.deputy_id
     where me.subject = p_subject
    union all
    select m.participant_id, 'TEAM_MEMBER', m.organisation_id, null::date, null::date,
           (select own.organisation_id from care_assignment own where own.participant_id = m.participant_id)
      from care_team_member m
      join care_professional me on me.professional_id = m.professional_id
     where me.subject = p_subject and m.active
    union all
    select r.participant_id, 'REGISTRANT', null::uuid, null::date, null::date,
           (select own.organisation_id from care_assignment own where own.participant_id = r.participant_id)
      from care_registration r
     where r.registered_by = p_subject
$$;
