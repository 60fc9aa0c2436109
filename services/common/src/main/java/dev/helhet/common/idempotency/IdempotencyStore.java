package dev.helhet.common.idempotency;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The {@code idempotent_request} table: claims a caller's key for one request, keeps that request's answer, and
 * forgets both after {@link #KEPT}. Each statement commits on its own, outside the request's transaction, so a
 * second request with the same key sees the claim at once (docs/adr/0038).
 */
@ApplicationScoped
public class IdempotencyStore {

    /** How long an answer is kept for a retry. */
    public static final Duration KEPT = Duration.ofHours(24);
    /**
     * How long a claim without an answer holds: longer than any request runs (the gateway gives up after 30 s). A
     * claim older than this belongs to a service that stopped while carrying the request out; the key is free again.
     */
    static final Duration LEASE = Duration.ofMinutes(2);

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);

    /** A fresh claim, or the row that holds the key when it is not expired and not abandoned. */
    private static final String CLAIM = """
            insert into idempotent_request (caller, idempotency_key, fingerprint, claim_id, claimed_at)
            values ($1, $2, $3, $4, $5)
            on conflict (caller, idempotency_key) do update
               set fingerprint = excluded.fingerprint, claim_id = excluded.claim_id, claimed_at = excluded.claimed_at,
                   status = null, location = null, body = null
             where idempotent_request.claimed_at < $6
                or (idempotent_request.status is null and idempotent_request.claimed_at < $7)
            returning claim_id""";
    private static final String HOLDER = "select fingerprint, status, location, body from idempotent_request"
            + " where caller = $1 and idempotency_key = $2";
    private static final String ANSWER = "update idempotent_request set status = $3, location = $4, body = $5"
            + " where caller = $1 and idempotency_key = $2 and claim_id = $6 and status is null";
    private static final String RELEASE = "delete from idempotent_request"
            + " where caller = $1 and idempotency_key = $2 and claim_id = $3 and status is null";
    private static final String PURGE = "delete from idempotent_request where claimed_at < $1";

    /** What a claim found. */
    public sealed interface Claim {
        /** The key is this request's: carry it out, then {@link #answer} or {@link #release}. */
        record Claimed(UUID claimId) implements Claim {
        }

        /** Another request holds the key: its fingerprint, and its answer once it has one (status null until then). */
        record Held(String fingerprint, Integer status, String location, String body) implements Claim {
        }
    }

    private final Pool pool;
    private final Clock clock;

    public IdempotencyStore(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<Claim> claim(String caller, String key, String fingerprint) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        UUID claimId = UUID.randomUUID();
        return pool.preparedQuery(CLAIM)
                .execute(Tuple.tuple(List.of(caller, key, fingerprint, claimId, now, now.minus(KEPT), now.minus(LEASE))))
                .flatMap(claimed -> claimed.size() > 0 ? Uni.createFrom().item(new Claim.Claimed(claimId)) : holder(caller, key));
    }

    private Uni<Claim> holder(String caller, String key) {
        return pool.preparedQuery(HOLDER).execute(Tuple.of(caller, key)).map(rows -> {
            if (rows.size() == 0) {
                // Released between the claim and this read: as good as still in progress; the caller tries again.
                return new Claim.Held(null, null, null, null);
            }
            Row row = rows.iterator().next();
            return new Claim.Held(row.getString("fingerprint"), row.getInteger("status"), row.getString("location"),
                    row.getString("body"));
        });
    }

    /** Keeps the answer of the request that holds {@code claimId}. */
    public Uni<Void> answer(String caller, String key, UUID claimId, int status, String location, String body) {
        return pool.preparedQuery(ANSWER)
                .execute(Tuple.of(caller, key, status, location, body, claimId))
                .replaceWithVoid();
    }

    /** Frees the key of a request that failed: nothing was created, so the same key may be tried again. */
    public Uni<Void> release(String caller, String key, UUID claimId) {
        return pool.preparedQuery(RELEASE).execute(Tuple.of(caller, key, claimId)).replaceWithVoid();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> purgeExpired() {
        OffsetDateTime expired = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minus(KEPT);
        return pool.preparedQuery(PURGE).execute(Tuple.of(expired))
                .map(RowSet::rowCount)
                .invoke(purged -> LOG.debugf("Purged %d idempotency keys older than %s", purged, KEPT))
                .onFailure().invoke(failure -> LOG.debugf("Purging idempotency keys failed, tried again in an hour: %s", failure.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
