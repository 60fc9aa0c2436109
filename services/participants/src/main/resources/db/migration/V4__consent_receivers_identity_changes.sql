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
    -- The lookup hash of the number taken off the record: its holder is told, at their own sign-in, that it was.
    previous_lookup bytea,
    new_masked      text        not null,
    reason          text        not null,
    changed_at      timestamptz not null,
    changed_by      text        not null
);
create index national_id_change_by_participant on national_id_change (participant_id, changed_at desc);
create index national_id_change_by_previous on national_id_change (previous_lookup) where previous_lookup is not null;

-- Need-to-know in one place: why a signed-in professional (subject) may see which person, at an instant
-- and a Nordic calendar day the service passes in (its own clock). CaseAccess asks it for one person and
-- for the lists; the rule of admission by consent is the coordinators service's team rule (docs/adr/0011).
create index participant_by_registrant on participant (registered_by);

create function care_access(p_subject text, p_now timestamptz, p_today date)
    returns table (participant_id uuid, relation text, organisation_id uuid)
    language sql stable as $$
    select a.participant_id, 'COORDINATOR', null::uuid
      from care_assignment a
      join care_professional me on me.professional_id = a.professional_id
     where me.subject = p_subject
    union all
    select a.participant_id, 'DEPUTY', null::uuid
      from care_assignment a
      join care_absence ab on ab.professional_id = a.professional_id
      join care_professional me on me.professional_id = ab.deputy_id
     where me.subject = p_subject and ab.from_date <= p_today and ab.to_date >= p_today
    union all
    select m.participant_id, 'TEAM_MEMBER', m.organisation_id
      from care_team_member m
      join care_professional me on me.professional_id = m.professional_id
     where me.subject = p_subject and m.active
       and (exists (select 1 from care_assignment own
                     where own.participant_id = m.participant_id and own.organisation_id = m.organisation_id)
            or exists (select 1 from consent c
                        where c.participant_id = m.participant_id and c.status = 'active'
                          and c.valid_from <= p_now and c.valid_to > p_now
                          and 'basic' = any (string_to_array(c.categories, ','))
                          and (c.receiver_type = 'team' or c.receiver_organisation_id = m.organisation_id)))
    union all
    select p.id, 'REGISTRANT', null::uuid
      from participant p
     where p.registered_by = p_subject
       and not exists (select 1 from care_assignment a0 where a0.participant_id = p.id)
$$;
