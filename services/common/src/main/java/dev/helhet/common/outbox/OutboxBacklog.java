package dev.helhet.common.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How much the outbox holds that Kafka has not acknowledged yet, and for how long the oldest has waited:
 * {@code helhet_outbox_backlog} and {@code helhet_outbox_oldest_age_seconds}. Both near zero when all is well; they grow
 * while the broker is away and must fall again when it is back (docs/operations.md, alert HelhetOutboxBacklog).
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    private final Pool pool;
    private final Vertx vertx;
    private final Duration interval;
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();
    private volatile long timer = -1;

    public OutboxBacklog(Pool pool, Vertx vertx, MeterRegistry metrics,
                         @ConfigProperty(name = "helhet.outbox.backlog-interval", defaultValue = "10s") Duration interval) {
        this.pool = pool;
        this.vertx = vertx;
        this.interval = interval;
        Gauge.builder("helhet.outbox.backlog", rows, AtomicLong::get)
                .description("Events written to the outbox and not yet acknowledged by Kafka").register(metrics);
        Gauge.builder("helhet.outbox.oldest.age", oldestSeconds, AtomicLong::get).baseUnit("seconds")
                .description("How long the oldest unpublished event has waited").register(metrics);
    }

    void start(@Observes StartupEvent started) {
        timer = vertx.setPeriodic(interval.toMillis(), id -> refresh(pool).subscribe().with(ignored -> {
        }, failure -> LOG.debugf("Outbox backlog not measured: %s", failure.getMessage())));
    }

    void stop(@Observes ShutdownEvent stopped) {
        vertx.cancelTimer(timer);
    }

    /** Measures the backlog as {@code client} sees it (a transaction sees its own rows). */
    public Uni<Void> refresh(SqlClient client) {
        // The partial index on unpublished rows keeps this cheap however long the table grows.
        return client.query("""
                        select count(*) as waiting,
                               coalesce(extract(epoch from statement_timestamp() - min(created_at)), 0)::bigint as oldest
                          from outbox_event
                         where published_at is null""")
                .execute()
                .invoke(result -> {
                    Row row = result.iterator().next();
                    rows.set(row.getLong("waiting"));
                    oldestSeconds.set(row.getLong("oldest"));
                })
                .replaceWithVoid();
    }
}
