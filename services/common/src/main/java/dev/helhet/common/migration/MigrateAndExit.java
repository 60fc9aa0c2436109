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
            // Messages only, down the chain (Flyway's name the failing migration, the driver's the refused login); no
            // stack trace, and nothing of the settings.
            StringBuilder message = new StringBuilder("Migration failed: ").append(e.getMessage());
            for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                message.append(System.lineSeparator()).append("  caused by: ").append(cause.getMessage());
            }
            System.err.println(message);
            System.exit(1);
        }
    }

    /** Applies the pending migrations of the service on this classpath to the database the environment names. */
    static MigrateResult migrate(Map<String, String> environment) {
        Flyway flyway = Flyway.configure(MigrateAndExit.class.getClassLoader())
                .dataSource(required(environment, "QUARKUS_DATASOURCE_JDBC_URL"), required(environment, "QUARKUS_DATASOURCE_USERNAME"),
                        required(environment, "QUARKUS_DATASOURCE_PASSWORD"))
                .locations(locations(environment))
                .load();
        return flyway.migrate();
    }

    /**
     * The service's {@code quarkus.flyway.locations}, as Quarkus would read them: the environment
     * (QUARKUS_FLYWAY_LOCATIONS) over its own file over the shared defaults; or the override.
     */
    static String[] locations(Map<String, String> environment) {
        String override = environment.get(LOCATIONS_OVERRIDE);
        if (override != null && !override.isBlank()) {
            return split(override);
        }
        String locations = environment.get("QUARKUS_FLYWAY_LOCATIONS");
        if (locations == null || locations.isBlank()) {
            locations = property("application.properties");
        }
        if (locations == null) {
            locations = property("META-INF/microprofile-config.properties");
        }
        if (locations == null) {
            throw new IllegalStateException("quarkus.flyway.locations is in neither application.properties nor the shared defaults");
        }
        return split(locations);
    }

    /** Locations as Flyway takes them: an unprefixed one is on the classpath, as Quarkus reads it. */
    private static String[] split(String locations) {
        return Arrays.stream(locations.split(",")).map(String::strip).filter(location -> !location.isEmpty())
                .map(location -> location.contains(":") ? location : "classpath:" + location).toArray(String[]::new);
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
