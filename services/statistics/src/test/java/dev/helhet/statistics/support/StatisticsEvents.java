package dev.helhet.statistics.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helhet.contracts.EventType;
import dev.helhet.contracts.TopicDefinition;
import dev.helhet.contracts.Topics;
import dev.helhet.testing.KafkaProbe;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Events as the services publish them, sent through the real broker to the topic their type belongs to, and a wait
 * until statistics has committed everything on its topics. Each test works in a month of its own far in the future,
 * so figures of other tests (and of earlier runs on the same stack) never mix with its own.
 */
public final class StatisticsEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private StatisticsEvents() {
    }

    /**
     * A month no other test uses: random within 2100–2899. Only for events that put nobody in another service's lists
     * (a person registered there would sort behind every real one in coordinators' queue): use {@link #freshPastMonth}.
     */
    public static YearMonth freshMonth() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return YearMonth.of(2100 + random.nextInt(800), 1 + random.nextInt(12));
    }

    /**
     * A month of a quarter long closed, random within 1901–1999: for figures published only for closed quarters
     * (regional view, open data), and for registrations, which the other services on the stack see too. Tests using
     * it count indicators no other test feeds in the past, or keep to municipalities of their own.
     */
    public static YearMonth freshPastMonth() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return YearMonth.of(1901 + random.nextInt(99), 1 + random.nextInt(12));
    }

    /** Noon (Oslo) on that day of the month. */
    public static Instant at(YearMonth month, int day) {
        return month.atDay(day).atTime(12, 0).atZone(OSLO).toInstant();
    }

    public static LocalDate day(YearMonth month, int day) {
        return month.atDay(day);
    }

    /** A payload to fill in, e.g. {@code payload().put("participantId", id.toString())}. */
    public static ObjectNode payload() {
        return JSON.createObjectNode();
    }

    /** Sends an event of {@code type} in {@code municipality} that happened at {@code occurredAt}; answers its envelope. */
    public static String send(String type, String municipality, Instant occurredAt, ObjectNode payload) {
        String envelope = envelope(UUID.randomUUID(), type, municipality, occurredAt, payload);
        KafkaProbe.send(topicOf(type), payload.path("participantId").asText(UUID.randomUUID().toString()), envelope);
        return envelope;
    }

    /** Sends an envelope again, as a redelivery would. */
    public static void resend(String type, String envelope) {
        KafkaProbe.send(topicOf(type), "redelivered", envelope);
    }

    public static String envelope(UUID eventId, String type, String municipality, Instant occurredAt, ObjectNode payload) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("eventId", eventId.toString());
        envelope.put("eventType", type);
        envelope.put("eventVersion", 1);
        envelope.put("occurredAt", occurredAt.toString());
        envelope.put("municipalityId", municipality);
        envelope.put("aggregateId", payload.path("participantId").asText("none"));
        envelope.putObject("actor").put("type", "user").put("subject", "statistics-test");
        envelope.putNull("traceparent");
        envelope.set("payload", payload);
        return envelope.toString();
    }

    /** Waits until statistics has committed every record now on every topic it consumes. */
    public static void awaitCaughtUp() {
        String group = ConfigProvider.getConfig().getValue("kafka.group.id", String.class);
        for (TopicDefinition topic : Topics.ALL) {
            if (topic.consumers().contains("statistics")) {
                KafkaProbe.awaitCaughtUp(group, topic.name(), Duration.ofSeconds(45));
            }
        }
    }

    private static String topicOf(String type) {
        return Topics.eventTypes().stream().filter(eventType -> eventType.name().equals(type)).map(EventType::topic)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(type + " is on no topic"));
    }
}
