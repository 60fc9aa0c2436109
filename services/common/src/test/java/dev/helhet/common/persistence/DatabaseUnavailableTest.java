package dev.helhet.common.persistence;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void failuresOfTheRequestOrDataAreNot() {
        assertFalse(DatabaseUnavailable.is(new SQLException("protocol violation", "08P01")), "08P01 comes from what was sent");
        assertFalse(DatabaseUnavailable.is(new GenericJDBCException("duplicate", new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseUnavailable.is(new PgException("syntax error", "ERROR", "42601", null)));
        assertFalse(DatabaseUnavailable.is(new IllegalStateException("no SQL at all")));
    }
}
