package dev.helhet.e2e.operations;

import dev.helhet.e2e.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.helhet.e2e.GatewayApi.api;
import static dev.helhet.e2e.GatewayApi.as;
import static dev.helhet.e2e.GatewayApi.fodselsnummer;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The backup an operator takes of a service's database (pg_dump, custom format) restores into an empty database
 * (pg_restore), and the service run on the restored one serves the same data: the person's record as it was, and her
 * identity number still found by its keyed hash. Participants, the service with the most at stake, runs on a PostgreSQL
 * server of the client tools' version, in place of the stack's instance, on the same port behind the gateway.
 */
@ExtendWith(Platform.class)
class BackupRestoreIT {

    @Test
    void aDumpRestoredIntoAnEmptyDatabaseServesTheSameData() throws Exception {
        try (Postgres15 server = Postgres15.start()) {
            server.execute("create role participants login password 'participants'",
                    "create database participants_live owner participants", "create database participants_restored owner participants");
            try {
                Platform.replace("participants", databaseOf(server, "participants_live"));
                String number = fodselsnummer();
                String id = as("asker.coordinator").body("{\"name\": \"Backup Testesen\", \"nationalId\": {\"country\": \"NO\", \"number\": \"%s\"}}"
                        .formatted(number)).when().post(api() + "/participants").then().statusCode(201).extract().path("id");
                String before = await().atMost(Duration.ofSeconds(30)).until(() -> read(id), body -> body != null);

                Path backup = Files.createTempFile("participants", ".dump");
                server.tool("pg_dump", "--format=custom", "--file=" + backup, "participants_live");
                server.tool("pg_restore", "--exit-on-error", "--dbname=participants_restored", backup.toString());
                Files.delete(backup);

                Platform.replace("participants", databaseOf(server, "participants_restored"));
                assertEquals(before, read(id), "the restored database serves the record as it was");
                String found = as("asker.teamlead").body("{\"name\": \"Backup Testesen\", \"nationalId\": {\"country\": \"NO\", \"number\": \"%s\"}}"
                        .formatted(number)).when().post(api() + "/participants").then().statusCode(409).extract().path("existingParticipantId");
                assertEquals(id, found, "the encrypted identity number and its lookup hash came back with the keys they were made with");
                assertTrue(before.contains("Backup Testesen"), before);
            } finally {
                Platform.restart("participants");
            }
        }
    }

    /** The record as the team lead reads it through the gateway, or null while it is not readable yet. */
    private static String read(String id) {
        var response = as("asker.teamlead").when().get(api() + "/participants/" + id).then().extract();
        return response.statusCode() == 200 ? response.body().asString() : null;
    }

    /**
     * The service pointed at a database of the test's server, in consumer groups of its own: it must not take events meant
     * for the stack's participants instance, which is away meanwhile.
     */
    private static Map<String, String> databaseOf(Postgres15 server, String database) {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("quarkus.datasource.jdbc.url", server.jdbcUrl(database));
        overrides.put("quarkus.datasource.reactive.url", "postgresql://localhost:" + server.port() + "/" + database);
        overrides.put("mp.messaging.connector.smallrye-kafka.group.id", "participants-backup-test");
        return overrides;
    }
}
