-- The access log becomes the store of audit.access.v1: every service's entries, append-only, each
-- chained to the one before by a SHA-256 hash so that any change to the past is detectable.
alter table access_log
    add column event_id       uuid unique,
    add column service        text not null default 'participants',
    add column resource       text not null default 'participant',
    add column chain_position bigint unique,
    add column previous_hash  bytea,
    add column hash           bytea;

-- What the hash covers: every field of the entry, in a fixed order and format.
create function access_log_canonical(entry access_log) returns bytea language sql immutable as $$
    select convert_to(concat_ws('|',
        coalesce(entry.event_id::text, ''),
        to_char(entry.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        entry.municipality_id, entry.participant_id::text, entry.actor_type, entry.actor_subject, entry.actor_roles,
        entry.service, entry.resource, entry.action, coalesce(entry.purpose, ''), entry.outcome, coalesce(entry.request_id, '')),
        'UTF8')
$$;

-- Chain the existing entries in id order.
do $$
declare
    entry access_log;
    previous bytea := null;
    position bigint := 0;
begin
    for entry in select * from access_log order by id loop
        position := position + 1;
        update access_log
           set chain_position = position,
               previous_hash = previous,
               hash = sha256(coalesce(previous, '\x'::bytea) || access_log_canonical(entry))
         where id = entry.id;
        previous := sha256(coalesce(previous, '\x'::bytea) || access_log_canonical(entry));
    end loop;
end $$;

alter table access_log alter column hash set not null, alter column chain_position set not null;

-- Each new entry is chained under a lock, so concurrent writers (several replicas) form one chain.
create function access_log_chain() returns trigger language plpgsql as $$
declare
    last access_log;
begin
    perform pg_advisory_xact_lock(hashtext('access_log_chain'));
    select * into last from access_log order by chain_position desc limit 1;
    new.chain_position := coalesce(last.chain_position, 0) + 1;
    new.previous_hash := last.hash;
    new.hash := sha256(coalesce(last.hash, '\x'::bytea) || access_log_canonical(new));
    return new;
end $$;
create trigger access_log_chain before insert on access_log for each row execute function access_log_chain();

-- Append-only for the application's role: no update, delete or truncate, by privilege and by trigger.
create function access_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'access_log is append-only' using errcode = 'insufficient_privilege';
end $$;
create trigger access_log_no_change before update or delete on access_log for each row execute function access_log_append_only();
create trigger access_log_no_truncate before truncate on access_log for each statement execute function access_log_append_only();
revoke update, delete, truncate on access_log from current_user;

-- Walks the chain: how many entries, and the first one whose hash does not match (null when intact).
create function access_log_verify() returns table (entries bigint, first_broken_position bigint) language plpgsql as $$
declare
    entry access_log;
    previous bytea := null;
begin
    entries := 0;
    first_broken_position := null;
    for entry in select * from access_log order by chain_position loop
        entries := entries + 1;
        if entry.previous_hash is distinct from previous
           or entry.hash <> sha256(coalesce(previous, '\x'::bytea) || access_log_canonical(entry)) then
            first_broken_position := entry.chain_position;
            return next;
            return;
        end if;
        previous := entry.hash;
    end loop;
    return next;
end $$;

create index access_log_by_municipality on access_log (municipality_id, occurred_at desc);
create index access_log_by_actor on access_log (municipality_id, actor_subject, occurred_at desc);

-- Who may see whom: projections of the coordinators service's events (ids and subjects only).
create table care_professional (
    professional_id  uuid primary key,
    subject          text not null,
    organisation_ids text not null default ''
);
create index care_professional_by_subject on care_professional (subject);

create table care_assignment (
    participant_id  uuid primary key,
    assignment_id   uuid not null,
    professional_id uuid not null,
    organisation_id uuid not null
);
create index care_assignment_by_professional on care_assignment (professional_id);

create table care_team_member (
    member_id       uuid primary key,
    participant_id  uuid    not null,
    professional_id uuid    not null,
    organisation_id uuid    not null,
    active          boolean not null,
    suspended       boolean not null
);
create index care_team_member_by_professional on care_team_member (professional_id) where active;
create index care_team_member_by_participant on care_team_member (participant_id);

create table care_absence (
    absence_id      uuid primary key,
    professional_id uuid not null,
    deputy_id       uuid not null,
    from_date       date not null,
    to_date         date not null
);
create index care_absence_by_deputy on care_absence (deputy_id, to_date);
