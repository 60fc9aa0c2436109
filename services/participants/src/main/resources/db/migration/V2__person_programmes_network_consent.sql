-- The person in full: contact, language, what matters to them, status, and the identity number
-- (encrypted; found through a keyed hash; masked copy for display).
alter table participant
    add column preferred_languages    text        not null default '',
    add column interpreter_needed     boolean     not null default false,
    add column interpreter_language   text,
    add column phone                  text,
    add column email                  text,
    add column address                text,
    add column date_of_birth          date,
    add column what_matters_to_me     text,
    add column status                 text        not null default 'active'
        check (status in ('active', 'moved', 'closed')),
    add column status_changed_at      timestamptz,
    add column status_reason          text,
    add column moved_to_municipality  text,
    add column national_id_country    text        check (national_id_country in ('NO', 'SE', 'DK')),
    add column national_id_kind       text,
    add column national_id_masked     text,
    add column national_id_key        text,
    add column national_id_ciphertext bytea,
    add column national_id_lookup     bytea,
    add column updated_at             timestamptz,
    add column updated_by             text,
    add constraint participant_national_id_complete check (
        (national_id_lookup is null) = (national_id_ciphertext is null)
        and (national_id_lookup is null) = (national_id_country is null));

-- One person per identity number in a municipality; the person's own sign-in finds them by it.
create unique index participant_national_id_unique on participant (municipality_id, national_id_lookup)
    where national_id_lookup is not null;
create index participant_by_national_id on participant (national_id_lookup) where national_id_lookup is not null;
create index participant_by_name on participant (municipality_id, lower(name));

create table programme_enrolment (
    id               uuid primary key,
    participant_id   uuid        not null references participant (id),
    municipality_id  text        not null,
    programme        text        not null
        check (programme in ('introduction-programme', 'youth-follow-up', 'social-assistance-follow-up', 'other')),
    start_date       date        not null,
    planned_end_date date,
    settlement_date  date,
    actual_end_date  date,
    end_reason       text
        check (end_reason in ('work', 'education', 'work-and-education', 'other-programme', 'moved', 'health',
                              'parental-leave', 'other')),
    end_note         text,
    enrolled_at      timestamptz not null,
    enrolled_by      text        not null,
    ended_at         timestamptz,
    ended_by         text,
    version          bigint      not null default 0,
    constraint programme_end_has_reason check ((actual_end_date is null) = (end_reason is null)),
    constraint programme_ends_after_start check (actual_end_date is null or actual_end_date >= start_date),
    constraint programme_planned_after_start check (planned_end_date is null or planned_end_date >= start_date)
);
create index programme_enrolment_by_participant on programme_enrolment (participant_id);
create index programme_enrolment_open on programme_enrolment (municipality_id, programme) where actual_end_date is null;

create table programme_extension (
    id                   uuid primary key,
    enrolment_id         uuid        not null references programme_enrolment (id),
    municipality_id      text        not null,
    previous_planned_end date,
    new_planned_end      date        not null,
    reason               text        not null,
    recorded_at          timestamptz not null,
    recorded_by          text        not null
);
create index programme_extension_by_enrolment on programme_extension (enrolment_id);

create table network_person (
    id                       uuid primary key,
    participant_id           uuid        not null references participant (id),
    municipality_id          text        not null,
    name                     text        not null,
    relation                 text        not null,
    phone                    text,
    email                    text,
    joins_follow_up_meetings boolean     not null,
    added_at                 timestamptz not null,
    added_by                 text        not null,
    removed_at               timestamptz,
    removed_by               text,
    version                  bigint      not null default 0
);
create index network_person_by_participant on network_person (participant_id);

-- Consent to lift confidentiality: who may see which categories, why, from when until when.
-- Never deleted; every change is also a row in consent_change.
create table consent (
    id                       uuid primary key,
    participant_id           uuid        not null references participant (id),
    municipality_id          text        not null,
    receiver_type            text        not null check (receiver_type in ('organisation', 'team')),
    receiver_organisation_id uuid,
    categories               text        not null,
    purpose                  text        not null,
    valid_from               timestamptz not null,
    valid_to                 timestamptz not null,
    recorded_how             text        not null check (recorded_how in ('signed-form', 'verbal', 'digital')),
    recorded_by              text        not null,
    recorded_at              timestamptz not null,
    status                   text        not null default 'active' check (status in ('active', 'revoked', 'expired')),
    revoked_at               timestamptz,
    revoked_by               text,
    revocation_reason        text,
    expired_at               timestamptz,
    version                  bigint      not null default 0,
    constraint consent_receiver check ((receiver_type = 'organisation') = (receiver_organisation_id is not null)),
    constraint consent_period check (valid_to > valid_from),
    constraint consent_revocation check ((status = 'revoked') = (revoked_at is not null))
);
create index consent_by_participant on consent (participant_id);
create index consent_due_to_expire on consent (valid_to) where status = 'active';

create table consent_change (
    id              bigint generated always as identity primary key,
    consent_id      uuid        not null references consent (id),
    municipality_id text        not null,
    change          text        not null check (change in ('granted', 'revoked', 'expired')),
    occurred_at     timestamptz not null,
    actor_type      text        not null,
    actor_subject   text        not null,
    reason          text
);
create index consent_change_by_consent on consent_change (consent_id, id);

-- Who read or changed what of a person's data, for the person and their coordinator to see.
create table access_log (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz not null,
    municipality_id text        not null,
    participant_id  uuid        not null,
    actor_type      text        not null,
    actor_subject   text        not null,
    actor_roles     text        not null,
    action          text        not null,
    purpose         text,
    outcome         text        not null check (outcome in ('permitted', 'denied')),
    request_id      text
);
create index access_log_by_participant on access_log (participant_id, occurred_at desc);
