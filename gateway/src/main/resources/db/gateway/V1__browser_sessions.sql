-- Browser sessions (docs/adr/0044). The cookie's random id is stored only as a keyed hash, and the session's tokens and
-- CSRF token only sealed (AES-GCM) under a key derived from that id: whoever reads this table or its backups can
-- neither present a session nor read a token.
create table browser_session (
    id_hash       bytea primary key,
    sealed        bytea       not null,
    expires_at    timestamptz not null,
    -- Set at sign-out, and for a moment while Quarkus replaces refreshed tokens; a retired session serves no request.
    retired_at    timestamptz,
    updated_at    timestamptz not null
);

create index browser_session_expires_at on browser_session (expires_at);
