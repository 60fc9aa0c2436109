package dev.helhet.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A fresh database on the test stack's real PostgreSQL for one service's {@code @QuarkusTest}s:
 * {@code <service>_qt}, owned by the service's own role, dropped and recreated at start so every run
 * begins empty. Init arg {@code service} names the service.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String service;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.get("service");
        if (service == null || !service.matches("[a-z]+")) {
            throw new IllegalArgumentException("PostgresTestResource needs the init arg service=<name>");
        }
    }

    @Override
    public Map<String, String> start() {
        String database = service + "_qt";
        String host = TestStack.get("postgres.host") + ":" + TestStack.get("postgres.port");
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + "/postgres",
                TestStack.get("postgres.superuser"), "");
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            sql.execute("create database " + database + " owner " + service);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + database, e);
        }
        return Map.of(
                "quarkus.datasource.username", service,
                "quarkus.datasource.password", service,
                "quarkus.datasource.reactive.url", "postgresql://" + host + "/" + database,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host + "/" + database);
    }

    @Override
    public void stop() {
        // The database stays for inspection after a failed run; the next run recreates it.
    }
}
