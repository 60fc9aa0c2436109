package dev.helhet.e2e.faults;

import dev.helhet.contracts.Topics;
import dev.helhet.e2e.Platform;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.TestStack;
import dev.helhet.testing.Tokens;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consumers handed every participant event again (their offsets reset to the start of the topic, as an operator might
 * after an incident): nothing changes. A person closed after registering stays closed though her registration is
 * delivered again, and the statistics count no fact twice.
 */
@ExtendWith(Platform.class)
@Order(Integer.MAX_VALUE - 20)
class RedeliveryIT {

    private static final String TOPIC = Topics.PARTICIPANTS_PARTICIPANT_V1;
    /** Consumer groups: the coordinators service's is its application name; the statistics service's names its read model's generation. */
    private static final Map<String, String> GROUPS = Map.of("coordinators", "coordinators", "statistics", "statistics-read-model-1");

    @Test
    void eventsDeliveredAgainHaveNoSecondEffect() throws Exception {
        String token = Tokens.user("asker.coordinator");
        String closed = given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"name\": \"Closed Before Replay\"}")
                .when().post(Platform.gatewayUrl() + "/api/v1/participants")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"reason\": \"Ønsker ikke videre oppfølging\"}")
                .when().post(Platform.gatewayUrl() + "/api/v1/participants/" + closed + "/close")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> "closed".equals(ServiceDatabase.scalar("coordinators",
                "select status from participant_ref where participant_id = '" + closed + "'")));
        await().atMost(Duration.ofSeconds(60)).until(() -> "0".equals(ServiceDatabase.scalar("participants",
                "select count(*) from outbox_event where published_at is null")));
        GROUPS.values().forEach(group -> KafkaProbe.awaitCaughtUp(group, TOPIC, Duration.ofSeconds(60)));
        String before = readModels();

        long redelivered = 0;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers()))) {
            GROUPS.keySet().forEach(Platform::stop);
            for (String group : GROUPS.values()) {
                redelivered += rewind(admin, group);
            }
        } finally {
            GROUPS.keySet().forEach(Platform::restart); // also when the rewind failed: later fault tests need them
        }
        long deliveredAgain = redelivered;
        GROUPS.values().forEach(group -> KafkaProbe.awaitCaughtUp(group, TOPIC, Duration.ofSeconds(120)));
        String after = readModels();

        System.out.printf("[faults] offsets reset to the start of %s: %d records delivered again to %s; read models %s%n",
                TOPIC, deliveredAgain, GROUPS.values(), before.equals(after) ? "unchanged" : "CHANGED");
        assertAll(
                () -> assertTrue(deliveredAgain > 0, "nothing was delivered again"),
                () -> assertEquals("closed", ServiceDatabase.scalar("coordinators",
                        "select status from participant_ref where participant_id = '" + closed + "'"), "a replayed registration reopened her"),
                () -> assertEquals(before, after, "the read models changed when events were delivered again"));
    }

    /** What the participant events built: the coordinators' projection as a digest and the number of statistics facts from them. */
    private static String readModels() {
        return ServiceDatabase.scalar("coordinators", """
                select count(*) || ' ' || md5(coalesce(string_agg(concat_ws('|', participant_id, status, meetings_counted_from), ',' order by participant_id), ''))
                from participant_ref""")
                + " / " + ServiceDatabase.scalar("statistics", """
                select count(*) || ' facts' from fact where event_type in ('ParticipantRegistered', 'ParticipantUpdated', 'ProgrammeEnrolled',
                    'ProgrammeExtended', 'ProgrammeEnded', 'NetworkPersonAdded', 'NetworkPersonRemoved', 'ParticipantClosed')""");
    }

    /** Moves a stopped consumer group back to the first record of the topic; the number of records it will read again. */
    private static long rewind(Admin admin, String group) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!isEmpty(admin, group)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Consumer group " + group + " still has members after its service stopped");
            }
            Thread.sleep(200);
        }
        List<TopicPartition> partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get(10, TimeUnit.SECONDS).get(TOPIC)
                .partitions().stream().map(info -> new TopicPartition(TOPIC, info.partition())).toList();
        Map<TopicPartition, Long> earliest = offsets(admin, partitions, OffsetSpec.earliest());
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                .get(10, TimeUnit.SECONDS);
        admin.alterConsumerGroupOffsets(group, earliest.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, entry -> new OffsetAndMetadata(entry.getValue()))))
                .all().get(10, TimeUnit.SECONDS);
        return partitions.stream().mapToLong(partition -> committed.containsKey(partition)
                ? committed.get(partition).offset() - earliest.get(partition) : 0).sum();
    }

    private static boolean isEmpty(Admin admin, String group) throws Exception {
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS).get(group);
        return description.members().isEmpty() && description.groupState() != GroupState.STABLE;
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(partition -> partition, partition -> spec)))
                .all().get(10, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }
}
