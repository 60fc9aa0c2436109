package dev.helhet.e2e.operations;

import dev.helhet.e2e.Platform;
import dev.helhet.testing.TestStack;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

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
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the chart's migration Job runs (MigrateAndExit, from each service's packaged application, as the image lays it
 * out) brings an empty database to exactly the schema history the service reaches by migrating at start, runs again
 * without change, and prints no password.
 */
@ExtendWith(Platform.class)
class MigrationJobIT {

    private static final Path ROOT = Path.of(System.getProperty("helhet.root", "../..")).toAbsolutePath().normalize();
    private static final String PASSWORD = "migration-job-secret";

    @TestFactory
    Stream<DynamicTest> theJobMigratesAnEmptyDatabaseAsTheServiceWould() {
        return Stream.of("participants", "coordinators", "agreements", "referrals", "statistics", "notifications")
                .map(service -> DynamicTest.dynamicTest(service, () -> {
                    String database = "migration_job_" + service;
                    recreate(database);
                    try {
                        String first = runJob(service, database);
                        assertTrue(first.contains("migration(s) applied"), first);
                        assertFalse(first.contains(PASSWORD), "the Job's output holds no password");
                        assertEquals(history(service, service), history(database, database),
                                "the same migrations, versions and checksums as the service's own database");

                        String again = runJob(service, database);
                        assertTrue(again.contains(": 0 migration(s) applied"), "a second run changes nothing: " + again);
                    } finally {
                        drop(database);
                    }
                }));
    }

    private static String runJob(String service, String database) throws Exception {
        Path app = ROOT.resolve("services").resolve(service).resolve("target/quarkus-app");
        // The image's layout: the application's own jar first, then its libraries (docs/operations.md, "Images").
        String classpath = app.resolve("app") + File.separator + "*" + File.pathSeparator + app.resolve("lib/main") + File.separator + "*";
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "dev.helhet.common.migration.MigrateAndExit").redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", url(database));
        environment.put("QUARKUS_DATASOURCE_USERNAME", database);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", PASSWORD);
        Process process = builder.start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the Job ends");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /** Every successful migration: version (or the repeatable's description), and checksum, in order. */
    private static List<String> history(String database, String login) throws SQLException {
        String password = login.startsWith("migration_job_") ? PASSWORD : login;
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

    private static void recreate(String database) throws SQLException {
        try (Connection admin = superuser()) {
            admin.createStatement().execute("drop database if exists " + database);
            admin.createStatement().execute("drop role if exists " + database);
            admin.createStatement().execute("create role " + database + " login password '" + PASSWORD + "'");
            admin.createStatement().execute("create database " + database + " owner " + database);
        }
    }

    private static void drop(String database) throws SQLException {
        try (Connection admin = superuser()) {
            admin.createStatement().execute("drop database if exists " + database);
            admin.createStatement().execute("drop role if exists " + database);
        }
    }

    private static Connection superuser() throws SQLException {
        return DriverManager.getConnection(url("postgres"), TestStack.get("postgres.superuser"), "");
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + TestStack.get("postgres.host") + ":" + TestStack.get("postgres.port") + "/" + database;
    }
}
