package dev.helhet.e2e.operations;

import dev.helhet.testing.TestStack;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Empty databases of a test's own on the stack's PostgreSQL, and the chart's migration Job run against them. */
final class ScratchDatabases {

    static final Path ROOT = Path.of(System.getProperty("helhet.root", "../..")).toAbsolutePath().normalize();
    static final String PASSWORD = "migration-job-secret";

    private ScratchDatabases() {
    }

    /** An empty database and a login of the same name, dropped first if an earlier run left them. */
    static void recreate(String database) throws SQLException {
        try (Connection admin = superuser()) {
            admin.createStatement().execute("drop database if exists " + database);
            admin.createStatement().execute("drop role if exists " + database);
            admin.createStatement().execute("create role " + database + " login password '" + PASSWORD + "'");
            admin.createStatement().execute("create database " + database + " owner " + database);
        }
    }

    static void drop(String database) throws SQLException {
        try (Connection admin = superuser()) {
            admin.createStatement().execute("drop database if exists " + database);
            admin.createStatement().execute("drop role if exists " + database);
        }
    }

    static String url(String database) {
        return "jdbc:postgresql://" + TestStack.get("postgres.host") + ":" + TestStack.get("postgres.port") + "/" + database;
    }

    /**
     * Runs what the chart's migration Job runs (MigrateAndExit, from the service's packaged application laid out as in
     * the image) against a scratch database; answers its output after checking it succeeded.
     */
    static String runMigrationJob(String service, String database) throws Exception {
        return runMigrationJob(service, database, Map.of());
    }

    /** As {@link #runMigrationJob(String, String)}, with environment of the test's own (other migrations' locations). */
    static String runMigrationJob(String service, String database, Map<String, String> extraEnvironment) throws Exception {
        Path app = ROOT.resolve("services").resolve(service).resolve("target/quarkus-app");
        String classpath = app.resolve("app") + File.separator + "*" + File.pathSeparator + app.resolve("lib/main") + File.separator + "*";
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "dev.helhet.common.migration.MigrateAndExit").redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", url(database));
        environment.put("QUARKUS_DATASOURCE_USERNAME", database);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", PASSWORD);
        environment.putAll(extraEnvironment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the Job ends");
        assertEquals(0, process.exitValue(), output);
        assertFalse(output.contains(PASSWORD), "the Job's output holds no password");
        return output;
    }

    /** Every successful migration of a database: version (R for a repeatable one), description and checksum, in order. */
    static List<String> history(String database, String login, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(database), login, password);
             var rows = connection.createStatement().executeQuery(
                     "select coalesce(version, 'R'), description, checksum from flyway_schema_history where success order by installed_rank")) {
            List<String> history = new ArrayList<>();
            while (rows.next()) {
                history.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
            }
            assertFalse(history.isEmpty(), database);
            return history;
        }
    }

    private static Connection superuser() throws SQLException {
        return DriverManager.getConnection(url("postgres"), TestStack.get("postgres.superuser"), "");
    }
}
