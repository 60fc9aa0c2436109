package dev.helhet.gateway.session;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The table {@code browser_session} in the gateway's database: sealed sessions by the hash of their id. */
@ApplicationScoped
public class BrowserSessionTable {

    /** A stored session: its sealed contents, and when it ends or was retired. */
    record StoredSession(byte[] sealed, Instant expiresAt, Instant retiredAt) {

        boolean servesAt(Instant now) {
            return retiredAt == null && expiresAt.isAfter(now);
        }
    }

    private final Pool pool;

    public BrowserSessionTable(Pool pool) {
        this.pool = pool;
    }

    Uni<Void> insert(byte[] idHash, byte[] sealed, Instant expiresAt, Instant now) {
        return pool.preparedQuery("insert into browser_session (id_hash, sealed, expires_at, updated_at) values ($1, $2, $3, $4)")
                .execute(Tuple.of(Buffer.buffer(idHash), Buffer.buffer(sealed), utc(expiresAt), utc(now))).replaceWithVoid();
    }

    Uni<Optional<StoredSession>> find(byte[] idHash) {
        return pool.preparedQuery("select sealed, expires_at, retired_at from browser_session where id_hash = $1")
                .execute(Tuple.of(Buffer.buffer(idHash)))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(stored(rows.iterator().next())));
    }

    /** New contents (refreshed tokens) for a session that still serves; whether it did. A retired one stays retired. */
    Uni<Boolean> replace(byte[] idHash, byte[] sealed, Instant now) {
        return pool.preparedQuery("update browser_session set sealed = $2, updated_at = $3"
                        + " where id_hash = $1 and retired_at is null and expires_at > $3")
                .execute(Tuple.of(Buffer.buffer(idHash), Buffer.buffer(sealed), utc(now))).map(rows -> rows.rowCount() == 1);
    }

    /** The session serves no further request, on any replica. */
    Uni<Void> retire(byte[] idHash, Instant now) {
        return pool.preparedQuery("update browser_session set retired_at = $2, updated_at = $2 where id_hash = $1 and retired_at is null")
                .execute(Tuple.of(Buffer.buffer(idHash), utc(now))).replaceWithVoid();
    }

    /** Removes sessions that ended, and retired ones no refresh can take back any more; how many. */
    Uni<Integer> deleteEnded(Instant now, Instant retiredBefore) {
        return pool.preparedQuery("delete from browser_session where expires_at <= $1 or retired_at < $2")
                .execute(Tuple.of(utc(now), utc(retiredBefore))).map(RowSet::rowCount);
    }

    private static StoredSession stored(Row row) {
        OffsetDateTime retired = row.getOffsetDateTime("retired_at");
        return new StoredSession(row.getBuffer("sealed").getBytes(), row.getOffsetDateTime("expires_at").toInstant(),
                retired == null ? null : retired.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
