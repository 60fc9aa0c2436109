package dev.helhet.common.persistence;

import com.fasterxml.jackson.core.JsonParseException;
import io.smallrye.mutiny.CompositeException;
import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import org.hibernate.HibernateException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures mean "the database is out of reach, try again later" and which mean "this request or record is wrong". */
class DatabaseUnavailableTest {

    @Test
    void aServerShuttingDownAsHibernateReactiveReportsItIsUnavailable() {
        // Hibernate Reactive rewraps the client's PgException as an SQLException with the same SQLSTATE, without the original.
        var fastShutdown = new GenericJDBCException("could not execute query", new SQLException("terminating connection", "57P01"));
        assertTrue(DatabaseUnavailable.is(new CompletionException(fastShutdown)));
        assertTrue(DatabaseUnavailable.is(new JDBCConnectionException("starting up", new SQLException("not yet", "57P03"))));
        assertTrue(DatabaseUnavailable.is(new SQLException("connection failure", "08006")));
    }

    @Test
    void lostOrRefusedConnectionsAreUnavailable() {
        assertTrue(DatabaseUnavailable.is(new CompletionException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseUnavailable.is(new RuntimeException(ClosedConnectionException.INSTANCE)));
        assertTrue(DatabaseUnavailable.is(new PgException("the database system is shutting down", "FATAL", "57P03", null)));
    }

    @Test
    void aConnectionCutUnderACommandIsUnavailable() {
        // As seen when PostgreSQL stops under load (PostgresRestartIT, and a reproduction with eight restarts at 40 writes/s).
        assertTrue(DatabaseUnavailable.is(new SocketException("Connection reset")));
        assertTrue(DatabaseUnavailable.is(new CompletionException(new IOException("Connection reset by peer"))));
        assertTrue(DatabaseUnavailable.is(new CompositeException(new NoStackTraceThrowable("Connection is not active now, current status: CLOSED"),
                new IllegalStateException("HR000090: Live transaction detected while closing the connection: it will be roll backed"))));
        assertTrue(DatabaseUnavailable.is(new ClosedChannelException()));
        assertTrue(DatabaseUnavailable.is(new HibernateException("could not flush", new SocketException("Connection reset"))));
        assertTrue(DatabaseUnavailable.is(new VertxException("Connection is not active now, current status: CLOSED", true)),
                "as Vert.x 5 will say it");
        assertEquals("SocketException: Connection reset", DatabaseUnavailable.reason(new CompletionException(new SocketException("Connection reset"))));
    }

    @Test
    void failuresOfTheRequestOrDataAreNot() {
        assertFalse(DatabaseUnavailable.is(new JsonParseException(null, "Unexpected character")), "a parse failure is an IOException too");
        assertFalse(DatabaseUnavailable.is(new UncheckedIOException(new JsonParseException(null, "Unexpected end of input"))));
        assertNull(DatabaseUnavailable.reason(new IllegalArgumentException("no such thing")));
        assertFalse(DatabaseUnavailable.is(new NoStackTraceThrowable("Timeout")));
        assertFalse(DatabaseUnavailable.is(new SQLException("protocol violation", "08P01")), "08P01 comes from what was sent");
        assertFalse(DatabaseUnavailable.is(new GenericJDBCException("duplicate", new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseUnavailable.is(new PgException("syntax error", "ERROR", "42601", null)));
        assertFalse(DatabaseUnavailable.is(new IllegalStateException("no SQL at all")));
    }
}
