-- Transactional outbox: written in the same transaction as the change it describes,
-- published by OutboxRelay. Shared by every service (db/common is on each service's Flyway path).
create table outbox_event (
    id           bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    message_key  text        not null,
    event_type   text        not null,
    envelope     text        not null,
    traceparent  text,
    created_at   timestamptz not null,
    published_at timestamptz
);

-- The relay only ever looks for what is still unpublished.
create index outbox_event_unpublished on outbox_event (id) where published_at is null;
