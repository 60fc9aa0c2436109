package dev.helhet.common.outbox;

import io.vertx.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Calls {@code onWritten} whenever a transaction that wrote outbox rows commits (the {@code outbox_event} channel,
 * notified by a trigger), over one pooled connection it keeps listening on. When that connection drops it listens again
 * every few seconds; meanwhile the relay's poll still finds every row, only later.
 */
final class OutboxNotifications {

    static final String CHANNEL = "outbox_event";
    private static final Logger LOG = Logger.getLogger(OutboxNotifications.class);
    private static final Duration RELISTEN = Duration.ofSeconds(2);

    private final Pool pool;
    private final Vertx vertx;
    private final Runnable onWritten;
    private volatile SqlConnection listening;
    private volatile boolean stopped;

    OutboxNotifications(Pool pool, Vertx vertx, Runnable onWritten) {
        this.pool = pool;
        this.vertx = vertx;
        this.onWritten = onWritten;
    }

    /** Starts listening; once it listens, {@code onWritten} runs once too, for rows written while nobody listened. */
    void start() {
        pool.getConnection().subscribe().with(this::listenOn, failure -> listenLater("no connection", failure));
    }

    void stop() {
        stopped = true;
        SqlConnection connection = listening;
        if (connection != null) {
            connection.closeAndForget();
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
                listenLater("connection closed", null);
            }
        });
        pg.query("LISTEN " + CHANNEL).execute().subscribe().with(done -> {
            if (stopped) {
                connection.closeAndForget();
                return;
            }
            listening = connection;
            onWritten.run();
        }, failure -> {
            connection.closeAndForget();
            listenLater("LISTEN failed", failure);
        });
    }

    private void listenLater(String why, Throwable failure) {
        if (stopped) {
            return;
        }
        LOG.debugf("Outbox notifications: %s (%s); listening again in %s, the poll relays meanwhile", why, failure, RELISTEN);
        vertx.setTimer(RELISTEN.toMillis(), id -> {
            if (!stopped && listening == null) {
                start();
            }
        });
    }
}
