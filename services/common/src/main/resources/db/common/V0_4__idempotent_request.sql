-- Answers to creating requests sent with an Idempotency-Key, kept 24 hours so that a retried request gets the
-- first answer instead of creating a second record (docs/adr/0038). A row without a status is a request still
-- being carried out; its claim id fences the completion so that a request whose lease ran out cannot overwrite
-- the answer of the one that took over.
create table idempotent_request (
    caller          text        not null,
    idempotency_key text        not null,
    fingerprint     text        not null,
    claim_id        uuid        not null,
    claimed_at      timestamptz not null,
    status          integer,
    location        text,
    body            text,
    primary key (caller, idempotency_key)
);

-- The hourly purge deletes by age.
create index idempotent_request_claimed_at on idempotent_request (claimed_at);
