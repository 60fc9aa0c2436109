-- Referrals tracked until the receiving service has acted (FHIR Task): the referral, its steps (the timeline), and each
-- municipality's settings for answering in time. The handover (text, personal data) is shown only after acceptance.
create table referral (
    id                        uuid primary key,
    municipality_id           text        not null,
    participant_id            uuid        not null,
    service_id                uuid        not null references directory_service (id),
    service_name              text        not null,
    receiving_organisation_id uuid        not null,
    sending_organisation_id   uuid        not null,
    goal_id                   uuid,
    reason                    text        not null,
    categories                text        not null,
    handover                  text        not null,
    status                    text        not null,
    held_from                 text,
    created_at                timestamptz not null,
    created_by                text        not null,
    requested_at              timestamptz,
    answered_at               timestamptz,
    receiving_professional_id uuid,
    closed_at                 timestamptz,
    rejection_reason          text,
    outcome                   text,
    failure_reason            text,
    closing_note              text,
    version                   bigint      not null default 0
);
create index referral_by_participant on referral (participant_id);
-- The inbox: open referrals to an organisation; the outbox: by the sending organisation, and by the sender.
create index referral_inbox on referral (receiving_organisation_id, municipality_id) where closed_at is null and status <> 'draft';
create index referral_outbox on referral (sending_organisation_id, municipality_id, created_at desc);
create index referral_by_sender on referral (created_by, created_at desc);

create table referral_step (
    id              uuid primary key,
    referral_id     uuid        not null references referral (id),
    step            text        not null,
    from_status     text,
    to_status       text        not null,
    at              timestamptz not null,
    taken_by        text        not null,
    organisation_id uuid        not null,
    code            text,
    note            text
);
create index referral_step_by_referral on referral_step (referral_id, at);

-- How long a receiving service has to answer, in working days of the municipality's country (its public holidays).
create table referral_settings (
    municipality_id          text primary key,
    country                  text        not null check (country in ('NO', 'SE', 'DK')),
    answer_within_working_days int       not null check (answer_within_working_days between 1 and 60),
    updated_at               timestamptz not null,
    updated_by               text        not null,
    version                  bigint      not null default 0
);
