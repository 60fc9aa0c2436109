package dev.helhet.e2e.operations;

import dev.helhet.e2e.Platform;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.stream.Stream;

import static dev.helhet.e2e.operations.ScratchDatabases.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the chart's migration Job runs brings an empty database to exactly the schema history the service reaches by
 * migrating at start, and runs again without change.
 */
@ExtendWith(Platform.class)
class MigrationJobIT {

    @TestFactory
    Stream<DynamicTest> theJobMigratesAnEmptyDatabaseAsTheServiceWould() {
        return Stream.of("participants", "coordinators", "agreements", "referrals", "statistics", "notifications")
                .map(service -> DynamicTest.dynamicTest(service, () -> {
                    String database = "migration_job_" + service;
                    ScratchDatabases.recreate(database);
                    try {
                        String first = ScratchDatabases.runMigrationJob(service, database);
                        assertTrue(first.contains("migration(s) applied"), first);
                        assertEquals(ScratchDatabases.history(service, service, service), ScratchDatabases.history(database, database, PASSWORD),
                                "the same migrations, versions and checksums as the service's own database");

                        String again = ScratchDatabases.runMigrationJob(service, database);
                        assertTrue(again.contains(": 0 migration(s) applied"), "a second run changes nothing: " + again);
                    } finally {
                        ScratchDatabases.drop(database);
                    }
                }));
    }
}
