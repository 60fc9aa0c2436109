-- Moving to another municipality: the sending coordinator offers, with the person's consent, to transfer her follow-up;
-- the receiving municipality's team lead accepts (participants then makes her record there) or declines.
create table transfer (
    id                    uuid primary key,
    participant_id        uuid        not null,
    from_municipality_id  text        not null,
    to_municipality_id    text        not null,
    categories            text        not null,
    consent_recorded_how  text        not null,
    note                  text,
    handover              text        not null,
    status                text        not null,
    offered_by            text        not null,
    offered_at            timestamptz not null,
    answered_by           text,
    answered_at           timestamptz,
    decline_reason        text,
    version               bigint      not null default 0
);
create index transfer_by_participant on transfer (participant_id);
create index transfer_incoming on transfer (to_municipality_id, offered_at desc);
-- One open offer per person at a time.
create unique index transfer_one_open on transfer (participant_id) where status = 'offered';
