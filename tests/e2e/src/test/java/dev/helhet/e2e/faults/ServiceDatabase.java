package dev.helhet.e2e.faults;

import dev.helhet.testing.TestStack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A connection to one service's own database on the test stack, as that service's login role. */
final class ServiceDatabase {

    private ServiceDatabase() {
    }

    static Connection open(String service) throws SQLException {
        String url = "jdbc:postgresql://" + TestStack.get("postgres.host") + ":" + TestStack.get("postgres.port") + "/" + service;
        return DriverManager.getConnection(url, service, service);
    }

    /** The single value of a query that answers one row and one column. */
    static String scalar(String service, String query) {
        try (Connection connection = open(service); var statement = connection.createStatement(); var rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not query " + service + ": " + query, e);
        }
    }
}
