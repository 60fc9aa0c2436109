package dev.helhet.common.persistence;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

import java.net.ConnectException;
import java.util.Set;

/**
 * Tells a failure caused by the database being out of reach (restarting, failing over, the network between) from one
 * caused by the request or the data: the first is worth answering with 503 and trying again later, the second is not.
 */
public final class DatabaseUnavailable {

    /**
     * SQLSTATEs of a server going away or not yet accepting work: class 08 (connection exception), 57P01 admin shutdown,
     * 57P02 crash shutdown, 57P03 cannot connect now (starting up, shutting down, in recovery).
     */
    private static final Set<String> SERVER_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    /** True when {@code failure}, or anything it was caused by, says the database could not be reached or went away. */
    public static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ClosedConnectionException) {
                return true;
            }
            if (cause instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || SERVER_STATES.contains(pg.getSqlState()))) {
                return true;
            }
        }
        return false;
    }
}
