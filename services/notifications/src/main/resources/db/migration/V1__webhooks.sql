-- A partner client's subscription to webhook event types in one municipality (docs/adr/0042).
create table subscription (
    id                      uuid primary key,
    municipality_id         varchar(63)   not null,
    -- The partner's OAuth client (the token's azp): only it sees, changes and is sent this subscription's deliveries.
    client_id               varchar(255)  not null,
    -- The organisation the client was registered for when it subscribed; referral events are matched against it.
    organisation_id         uuid,
    url                     varchar(2048) not null,
    -- Event type codes, comma-separated, sorted (a handful per subscription, read whole).
    event_types             varchar(512)  not null,
    -- The signing secrets, AES-256-GCM under helhet.notifications.secret-key: never stored or logged in clear.
    secret                  bytea         not null,
    previous_secret         bytea,
    previous_secret_until   timestamptz,
    created_at              timestamptz   not null,
    version                 bigint        not null
);
create index subscription_by_client on subscription (municipality_id, client_id, created_at, id);

-- One delivery of one event to one subscription, written like an outbox row: the sender claims due rows.
create table delivery (
    id               uuid primary key,
    subscription_id  uuid         not null references subscription (id) on delete cascade,
    event_id         uuid         not null,
    event_type       varchar(64)  not null,
    municipality_id  varchar(63)  not null,
    subject_kind     varchar(32)  not null,
    subject_id       uuid         not null,
    occurred_at      timestamptz  not null,
    status           varchar(16)  not null,
    attempts         int          not null,
    next_attempt_at  timestamptz,
    last_attempt_at  timestamptz,
    last_status      int,
    last_error       varchar(200),
    created_at       timestamptz  not null,
    -- A redelivered event makes no second delivery.
    constraint delivery_once unique (event_id, subscription_id)
);
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_log on delivery (subscription_id, created_at desc, id);
create index delivery_expiry on delivery (created_at);
