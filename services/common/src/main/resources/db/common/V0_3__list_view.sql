-- When a caller last had a person of a list (caseload, queue, search) written to the access log: a list seen
-- again within the window writes no new entry for that person (docs/adr/0017). Updated in the transaction
-- that writes the entries, so a view that rolls back leaves no mark here either.
create table list_view (
    actor_subject  text        not null,
    list           text        not null,
    participant_id uuid        not null,
    logged_at      timestamptz not null,
    primary key (actor_subject, list, participant_id)
);
