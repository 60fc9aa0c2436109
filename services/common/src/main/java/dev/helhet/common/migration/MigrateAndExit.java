package dev.helhet.common.migration;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;

/**
 * Migrates a service's database and exits, without starting the service: what the chart's pre-upgrade Job runs, once
 * per release, so that replicas never race to migrate (docs/adr/0043). It reads the database settings the service reads
 * (QUARKUS_DATASOURCE_JDBC_URL, _USERNAME, _PASSWORD) and the service's own {@code quarkus.flyway.locations}, and runs
 * from the service image with {@code java -cp "/deployments/app/*:/deployments/lib/main/*"}.
 */
public final class MigrateAndExit {

    /**
     * Flyway locations to migrate from instead of the service's own, e.g. {@code filesystem:/releases/1.0/db/migration}:
     * another release's migrations, as the upgrade test applies the previous release's before this one's.
     */
    static final String LOCATIONS_OVERRIDE = "HELHET_MIGRATION_LOCATIONS";

    private MigrateAndExit() {
    }

    public static void main(String[] args) {
        try {
            MigrateResult result = migrate(System.getenv());
            // Versions and counts only: the settings hold a password.
            System.out.printf("Migrated %s from %s to %s: %d migration(s) applied%n", result.database,
                    result.initialSchemaVersion == null ? "empty" : result.initialSchemaVersion,
                    result.targetSchemaVersion == null ? "unchanged" : result.targetSchemaVersion, result.migrationsExecuted);
        } catch (RuntimeException e) {
            System.err.println("Migration failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Applies the pending migrations of the service on this classpath to the database the environment names. */
    static MigrateResult migrate(Map<String, String> environment) {
        Flyway flyway = Flyway.configure(MigrateAndExit.class.getClassLoader())
                .dataSource(required(environment, "QUARKUS_DATASOURCE_JDBC_URL"), required(environment, "QUARKUS_DATASOURCE_USERNAME"),
                        required(environment, "QUARKUS_DATASOURCE_PASSWORD"))
                .locations(locations(environment.get(LOCATIONS_OVERRIDE)))
                .load();
        return flyway.migrate();
    }

    /** The service's {@code quarkus.flyway.locations}, as Quarkus would read them: its own file over the shared defaults. */
    static String[] locations(String override) {
        if (override != null && !override.isBlank()) {
            return Arrays.stream(override.split(",")).map(String::strip).toArray(String[]::new);
        }
        String locations = property("application.properties");
        if (locations == null) {
            locations = property("META-INF/microprofile-config.properties");
        }
        if (locations == null) {
            throw new IllegalStateException("quarkus.flyway.locations is in neither application.properties nor the shared defaults");
        }
        return Arrays.stream(locations.split(",")).map(String::strip).map(location -> "classpath:" + location).toArray(String[]::new);
    }

    private static String property(String resource) {
        try (InputStream in = MigrateAndExit.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("quarkus.flyway.locations");
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + resource, e);
        }
    }

    private static String required(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
        return value;
    }
}
