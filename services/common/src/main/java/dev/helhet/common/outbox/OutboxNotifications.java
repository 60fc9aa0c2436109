package dev.helhet.common.outbox;

import dev.helhet.common.logging.Outage;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;

/**
 * Calls {@code onWritten} whenever a transaction that wrote outbox rows commits (the {@code outbox_event} channel,
 * notified by a trigger), over one pooled connection it keeps listening on. It checks that connection every 30 s, since
 * one cut without a close (a failover, a dropped network path) would otherwise look alive for ever; when the
 * connection is gone it listens again every 2 s. Meanwhile the relay polls and finds every row, only later.
 */
final class OutboxNotifications {

    static final String CHANNEL = "outbox_event";
    private static final Logger LOG = Logger.getLogger(OutboxNotifications.class);
    private static final Duration RELISTEN = Duration.ofSeconds(2);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(30);
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(5);

    private final Pool pool;
    private final Vertx vertx;
    private final Runnable onWritten;
    private final Outage outage = new Outage("Outbox notifications (the relay polls meanwhile)", Clock.systemUTC());
    private volatile SqlConnection listening;
    private volatile boolean stopped;
    private volatile long checkTimer = -1;

    OutboxNotifications(Pool pool, Vertx vertx, Runnable onWritten, MeterRegistry metrics) {
        this.pool = pool;
        this.vertx = vertx;
        this.onWritten = onWritten;
        Gauge.builder("helhet.outbox.listening", this, notifications -> notifications.isListening() ? 1 : 0)
                .description("1 while commits wake the outbox relay, 0 while it only polls")
                .register(metrics);
    }

    /** Starts listening; once it listens, {@code onWritten} runs once too, for rows written while nobody listened. */
    void start() {
        if (checkTimer == -1) {
            checkTimer = vertx.setPeriodic(CHECK_EVERY.toMillis(), id -> check());
        }
        pool.getConnection().subscribe().with(this::listenOn, failure -> listenLater(failure));
    }

    /** Stops listening and gives the connection back without its LISTEN, so that no request inherits it. */
    void stop() {
        stopped = true;
        vertx.cancelTimer(checkTimer);
        SqlConnection connection = listening;
        listening = null;
        if (connection != null) {
            connection.query("UNLISTEN *").execute().onTermination().invoke(connection::closeAndForget).subscribe().with(done -> {
            }, failure -> {
            });
        }
    }

    boolean isListening() {
        return listening != null;
    }

    private void listenOn(SqlConnection connection) {
        PgConnection pg = PgConnection.cast(connection);
        pg.notificationHandler(notification -> onWritten.run());
        pg.closeHandler(() -> {
            if (listening == connection) {
                listening = null;
                listenLater(new IllegalStateException("the listening connection closed"));
            }
        });
        pg.query("LISTEN " + CHANNEL).execute().subscribe().with(done -> {
            if (stopped) {
                connection.closeAndForget();
                return;
            }
            listening = connection;
            String recovered = outage.succeeded();
            if (recovered != null) {
                LOG.info(recovered);
            }
            onWritten.run();
        }, failure -> {
            connection.closeAndForget();
            listenLater(failure);
        });
    }

    /** A round trip on the listening connection; one that fails or hangs closes it, and listening starts again. */
    private void check() {
        SqlConnection connection = listening;
        if (stopped || connection == null) {
            return;
        }
        connection.query("select 1").execute()
                .ifNoItem().after(CHECK_TIMEOUT).fail()
                .subscribe().with(alive -> {
                }, failure -> {
                    if (listening == connection) {
                        listening = null;
                        connection.closeAndForget();
                        listenLater(failure);
                    }
                });
    }

    private void listenLater(Throwable failure) {
        if (stopped) {
            return;
        }
        String warning = outage.failed(failure);
        if (warning != null) {
            LOG.warn(warning);
        }
        vertx.setTimer(RELISTEN.toMillis(), id -> {
            if (!stopped && listening == null) {
                start();
            }
        });
    }
}
