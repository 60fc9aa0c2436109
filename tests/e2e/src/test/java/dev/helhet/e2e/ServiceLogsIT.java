package dev.helhet.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helhet.local.App;
import dev.helhet.testing.Tokens;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged apps log JSON lines, and a person's name never reaches a log. */
@ExtendWith(Platform.class)
class ServiceLogsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void logsAreJsonLinesWithoutPersonalData() throws IOException {
        String name = "Loggtest " + UUID.randomUUID();
        given().auth().oauth2(Tokens.user("asker.coordinator"))
                .contentType(ContentType.JSON).body("{\"name\": \"" + name + "\"}")
                .when().post(Platform.gatewayUrl() + "/api/v1/participants")
                .then().statusCode(201);
        given().auth().oauth2(Tokens.user("asker.coordinator"))
                .contentType(ContentType.JSON).body("{\"name\": \"" + name + "\", }")
                .when().post(Platform.gatewayUrl() + "/api/v1/participants")
                .then().statusCode(400);

        // Read the logs only once the registration has travelled: consumers log too, and later than the request.
        Settled.participantEvents();
        dev.helhet.testing.KafkaProbe.awaitCaughtUp("coordinators", dev.helhet.contracts.Topics.PARTICIPANTS_PARTICIPANT_V1,
                java.time.Duration.ofSeconds(60));
        for (App app : Platform.profile().apps()) {
            Path log = Platform.profile().logDir().resolve(app.name() + ".log");
            List<String> lines = Files.readAllLines(log);
            List<String> structured = lines.stream().filter(line -> line.startsWith("{")).toList();
            assertFalse(structured.isEmpty(), app.name() + " wrote no JSON log lines");
            for (String line : structured) {
                JsonNode entry = JSON.readTree(line);
                assertTrue(entry.has("level") && entry.has("message") && entry.has("timestamp"), app.name() + ": " + line);
            }
            assertTrue(lines.stream().noneMatch(line -> line.contains(name)), app.name() + " logged a person's name");
        }
    }
}
