-- Wakes the outbox relay when a transaction that wrote outbox rows commits (OutboxNotifications, ADR 0036), so an
-- event leaves within milliseconds instead of at the next poll. PostgreSQL delivers a notification only on commit and
-- folds identical ones of a transaction into one; a statement-level trigger sends one per insert statement at most.
create or replace function outbox_event_written() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end
$$;

-- "create or replace" (PostgreSQL 14 and later) rather than drop and create: dropping a trigger waits for an exclusive
-- lock on the table, and every insert of a rolling deploy's old replicas would queue behind it.
set local lock_timeout = '10s';
create or replace trigger outbox_event_written after insert on outbox_event
    for each statement execute function outbox_event_written();
