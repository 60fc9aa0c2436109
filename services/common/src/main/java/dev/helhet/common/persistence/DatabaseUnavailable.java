package dev.helhet.common.persistence;

import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a failure caused by the database (or another dependency) being out of reach — restarting, failing over, the
 * network between — from one caused by the request or the data: the first is worth answering with 503 and trying again
 * later, the second is not.
 */
public final class DatabaseUnavailable {

    /**
     * SQLSTATEs of a server going away or not yet accepting work: 57P01 admin shutdown, 57P02 crash shutdown, 57P03
     * cannot connect now (starting up, shutting down, in recovery).
     */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    /** Class 08 (connection exception) except 08P01, a protocol violation: deterministic, and input can cause it. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final String PROTOCOL_VIOLATION = "08P01";
    /** What the Vert.x SQL client fails a command with when its connection has already been closed under it. */
    private static final String CONNECTION_NOT_ACTIVE = "Connection is not active now";

    private DatabaseUnavailable() {
    }

    /** True when {@code failure}, or anything it was caused by, says the database could not be reached or went away. */
    public static boolean is(Throwable failure) {
        return reason(failure) != null;
    }

    /**
     * The cause that says the database could not be reached or went away, as "class: message" for a log line (host and
     * port at most, never data), or null when nothing in {@code failure}'s causes does.
     */
    public static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ClosedConnectionException || isTransportFailure(cause)
                    || isServerGoingAway(cause)) {
                return cause.getClass().getSimpleName() + ": " + cause.getMessage();
            }
        }
        return null;
    }

    private static boolean isServerGoingAway(Throwable cause) {
        // Hibernate Reactive turns the client's PgException into an SQLException with the same SQLSTATE, dropping the original.
        String sqlState = cause instanceof PgException pg ? pg.getSqlState() : cause instanceof SQLException sql ? sql.getSQLState() : null;
        return sqlState != null && (SERVER_GOING_AWAY.contains(sqlState)
                || sqlState.startsWith(CONNECTION_EXCEPTION_CLASS) && !sqlState.equals(PROTOCOL_VIOLATION));
    }

    /**
     * A connection cut under a command: reset by the server as it shut down ({@code SocketException: Connection reset},
     * or a bare {@code IOException: Connection reset by peer} or "Broken pipe" from the JDK's socket), a closed channel,
     * or the SQL client refusing a command on a connection it has already seen close (Vert.x 4 says so with a
     * {@code NoStackTraceThrowable}, Vert.x 5 with a {@code VertxException}). Only the bare {@code IOException}: its
     * subclasses include parse failures (Jackson's), which retrying would never cure. (Netty's native transport, not
     * enabled here, would report a reset as its own {@code NativeIoException} and need adding.)
     */
    private static boolean isTransportFailure(Throwable cause) {
        return cause instanceof SocketException
                || cause instanceof ClosedChannelException
                || cause.getClass() == IOException.class
                || (cause instanceof NoStackTraceThrowable || cause instanceof VertxException)
                        && cause.getMessage() != null && cause.getMessage().startsWith(CONNECTION_NOT_ACTIVE);
    }
}
