package dev.helhet.e2e.operations;

import dev.helhet.e2e.Platform;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.helhet.e2e.operations.ScratchDatabases.PASSWORD;
import static dev.helhet.e2e.operations.ScratchDatabases.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An upgrade: each service's database at the previous release's schema (its migrations, taken from git), then this
 * release's migration Job. The Job succeeds (Flyway refuses to migrate when a migration the previous release applied has
 * been edited since), and the schema reached is the one a fresh install reaches: every version with the same checksum,
 * every repeatable migration at its current checksum.
 */
@ExtendWith(Platform.class)
class UpgradeMigrationIT {

    @TestFactory
    Stream<DynamicTest> thisReleasesMigrationsApplyOnThePreviousReleasesSchema() throws Exception {
        String previous = previousRelease();
        Path checkout = Files.createTempDirectory("previous-release");
        extract(previous, checkout);
        return Stream.of("participants", "coordinators", "agreements", "referrals", "statistics", "notifications")
                .map(service -> DynamicTest.dynamicTest(service + " from " + previous, () -> {
                    String database = "upgrade_" + service;
                    ScratchDatabases.recreate(database);
                    try {
                        // The previous release's migrations, applied by this release's tool from the files of that release.
                        ScratchDatabases.runMigrationJob(service, database,
                                Map.of("HELHET_MIGRATION_LOCATIONS", String.join(",", previousLocations(checkout, service))));
                        String output = ScratchDatabases.runMigrationJob(service, database);
                        System.out.printf("[upgrade] %s from %s: %s%n", service, previous, output.lines().reduce((a, b) -> b).orElse(""));
                        assertEquals(current(ScratchDatabases.history(service, service, service)),
                                current(ScratchDatabases.history(database, database, PASSWORD)),
                                "the upgraded schema is the one a fresh install of this release has");
                    } finally {
                        ScratchDatabases.drop(database);
                    }
                }));
    }

    /** Each migration's state as it stands: versions by number, repeatables by description, with the last checksum applied. */
    private static Map<String, String> current(List<String> history) {
        Map<String, String> state = new LinkedHashMap<>();
        for (String entry : history) {
            String[] parts = entry.split(" ");
            String key = parts[0].equals("R") ? "R " + String.join(" ", Arrays.copyOfRange(parts, 1, parts.length - 1)) : parts[0];
            state.put(key, parts[parts.length - 1]);
        }
        return state;
    }

    private static String previousRelease() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = UpgradeMigrationIT.class.getResourceAsStream("/previous-release.properties")) {
            properties.load(in);
        }
        return properties.getProperty("commit");
    }

    /** The previous release's migrations and service configuration, from git, under {@code target}. */
    private static void extract(String commit, Path target) throws IOException, InterruptedException {
        String script = "git -C \"$1\" archive \"$2\" services | tar -x -C \"$3\" --wildcards 'services/*/src/main/resources/*'";
        Process process = new ProcessBuilder("sh", "-c", script, "extract", ROOT.toString(), commit, target.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(2, TimeUnit.MINUTES) && process.exitValue() == 0,
                "the previous release " + commit + " must be in this clone's history (a full clone, not a shallow one): " + output);
    }

    /** The previous release's quarkus.flyway.locations of a service, as folders of its checkout. */
    private static String[] previousLocations(Path checkout, String service) throws IOException {
        Properties config = new Properties();
        try (InputStream in = Files.newInputStream(checkout.resolve("services/" + service + "/src/main/resources/application.properties"))) {
            config.load(in);
        }
        String locations = config.getProperty("quarkus.flyway.locations", "db/common,db/migration");
        List<String> folders = new ArrayList<>();
        for (String location : locations.split(",")) {
            Path folder = Stream.of(service, "common", "care-access")
                    .map(module -> checkout.resolve("services/" + module + "/src/main/resources/" + location.strip()))
                    .filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new IllegalStateException(location + " of " + service + " is in no module of the previous release"));
            folders.add("filesystem:" + folder);
        }
        return folders.toArray(String[]::new);
    }
}
