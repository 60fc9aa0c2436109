package dev.helhet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helhet.contracts.TopicDefinition;
import dev.helhet.contracts.Topics;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.Tokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The statistics read model at a region's size: 1,000,000 events across two municipalities, consumed live as they
 * arrive, then wiped and replayed from the topics by the service's rebuild, and read back. Prints the times and events
 * per second; the goal is a replay under 60 s on this 2-core machine.
 */
final class StatisticsReplayBench {

    static final double REPLAY_TARGET_SECONDS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private StatisticsReplayBench() {
    }

    /** Runs it against a started statistics service; answers whether the replay met its goal. */
    static boolean run(String service, String bootstrapServers) throws Exception {
        System.out.println("Statistics replay benchmark — 1,000,000 events, two municipalities of 20,000 people");
        long producing = System.nanoTime();
        long events = StatisticsEventStream.send(bootstrapServers);
        double produced = (System.nanoTime() - producing) / 1e9;
        System.out.printf("  sent %,d events to the topics in %.1f s (%,.0f events/s)%n", events, produced, events / produced);

        long consuming = System.nanoTime();
        for (TopicDefinition topic : Topics.ALL) {
            if (topic.consumers().contains("statistics")) {
                KafkaProbe.awaitCaughtUp("statistics-read-model-1", topic.name(), Duration.ofMinutes(10));
            }
        }
        double consumed = (System.nanoTime() - consuming) / 1e9 + produced;
        System.out.printf("  consumed live as they came: all stored %.1f s after the first was sent (%,.0f events/s)%n", consumed, events / consumed);
        String live = figures(service, "live");

        String admin = Tokens.user("region.operator");
        HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create(service + "/api/v1/statistics/rebuild"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"make bench\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("rebuild refused: " + started.statusCode() + " " + started.body());
        }
        // The timing is the service's own (started to finished); the replay reads the topics from the start.
        JsonNode progress;
        do {
            Thread.sleep(500);
            progress = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(service + "/api/v1/statistics/rebuild"))
                    .header("Authorization", "Bearer " + Tokens.user("region.operator")).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        } while (progress.path("state").asText().equals("running"));
        if (!progress.path("state").asText().equals("done")) {
            throw new IllegalStateException("rebuild ended " + progress);
        }
        double seconds = Duration.between(java.time.Instant.parse(progress.path("startedAt").asText()),
                java.time.Instant.parse(progress.path("finishedAt").asText())).toMillis() / 1000.0;
        System.out.printf("  rebuild: wiped and replayed %,d events in %.1f s (%,.0f events/s)%n", progress.path("events").asLong(), seconds,
                progress.path("eventsPerSecond").asDouble());
        String rebuilt = figures(service, "rebuilt");
        boolean same = live.equals(rebuilt);
        System.out.println("  the rebuilt figures equal the live ones: " + (same ? "yes" : "NO"));
        boolean met = same && seconds < REPLAY_TARGET_SECONDS;
        System.out.printf("%n  target: replay of 1,000,000 events < %.0f s -> %s (%.1f s)%n%n", REPLAY_TARGET_SECONDS, met ? "MET" : "MISSED", seconds);
        return met;
    }

    /** Reads a few figures over the 1,000,000 facts, timing each (what an analyst waits for); answers them all. */
    private static String figures(String service, String when) throws Exception {
        String analyst = Tokens.user("asker.analyst");
        String[] paths = {
                "/api/v1/statistics/indicators/programme-outcomes?by=month&from=" + java.time.YearMonth.now().minusMonths(23) + "&to=" + java.time.YearMonth.now(),
                "/api/v1/statistics/indicators/referrals?by=receiving-organisation",
                "/api/v1/statistics/indicators/coordinator-coverage?by=age-band",
                "/api/v1/statistics/indicators/goals?by=life-area",
        };
        StringBuilder line = new StringBuilder("  " + when + " figures:");
        StringBuilder bodies = new StringBuilder();
        for (String path : paths) {
            long start = System.nanoTime();
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(service + path)).header("Authorization", "Bearer " + analyst)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            double millis = (System.nanoTime() - start) / 1e6;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode() + " " + answer.body());
            }
            bodies.append(answer.body());
            String indicator = path.substring(path.indexOf("indicators/") + 11, path.indexOf('?'));
            line.append(String.format(" %s %.0f ms;", indicator, millis));
        }
        JsonNode total = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(service + paths[0])).header("Authorization", "Bearer " + analyst)
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body()).path("total").path("values");
        System.out.println(line);
        System.out.printf("    Asker over two years: %,d ended the programme, %.1f %% in work or education%n", total.path("ended").asLong(),
                total.path("workOrEducationShare").asDouble() * 100);
        return bodies.toString();
    }
}
