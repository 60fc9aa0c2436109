package dev.helhet.notifications.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helhet.contracts.Topics;
import dev.helhet.notifications.support.WebhookReceiver;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks end to end through the real broker and HTTP: a partner subscribes, an event arrives on its topic, and the
 * partner's receiver (on this machine) gets a thin, signed webhook it can verify with the recipe of docs/partners.md; a
 * receiver that is down gets it once it is back; the delivery log tells what happened.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "notifications"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class WebhookDeliveryTest {

    static final String PATH = "/api/v1/notifications/subscriptions";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DELIVERED_WITHIN = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.group.id")
    String consumerGroup;

    static RequestSpecification asPartner() {
        return given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON);
    }

    static RequestSpecification asNav() {
        return given().auth().oauth2(Tokens.navPartner()).contentType(ContentType.JSON);
    }

    /** The organisation the demo partner is registered for, as its token says. */
    static String partnersOrganisation() {
        return Tokens.claims(Tokens.partner()).path("helhet_organisation_id").asText();
    }

    static JsonPath subscribe(RequestSpecification as, String url, String... types) {
        return as.body("{\"url\": \"%s\", \"eventTypes\": [%s]}".formatted(url,
                        String.join(", ", java.util.Arrays.stream(types).map(type -> "\"" + type + "\"").toList())))
                .when().post(PATH).then().statusCode(201)
                .body("secret", startsWith("whsec_"))
                .extract().jsonPath();
    }

    /** Publishes one event in Asker, as its producer would; answers the event id. */
    static String publish(String topic, String key, String type, String payload) {
        String eventId = UUID.randomUUID().toString();
        KafkaProbe.send(topic, key, """
                {"eventId": "%s", "eventType": "%s", "eventVersion": 1, "occurredAt": "%s", "municipalityId": "asker",
                 "aggregateId": "%s", "actor": {"type": "system", "subject": "notifications-test"}, "traceparent": null, "payload": %s}"""
                .formatted(eventId, type, Instant.now(), key, payload));
        return eventId;
    }

    static String referralRequested(String referral, String participant, String receivingOrganisation) {
        return publish(Topics.REFERRALS_REFERRAL_V1, referral, "ReferralRequested", """
                {"referralId": "%s", "participantId": "%s", "serviceId": "%s", "sendingOrganisationId": "%s",
                 "receivingOrganisationId": "%s", "goalId": null, "categories": ["basic"]}"""
                .formatted(referral, participant, UUID.randomUUID(), UUID.randomUUID(), receivingOrganisation));
    }

    static String hmac(String secret, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    static JsonPath log(RequestSpecification as, String subscription) {
        return as.queryParam("size", 200).when().get(PATH + "/" + subscription + "/deliveries").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aReferralAddressedToThePartnerReachesItsReceiverSignedAndThin() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            JsonPath made = subscribe(asPartner(), receiver.url(), "referral.requested");
            String subscription = made.getString("subscription.id");
            String secret = made.getString("secret");
            assertEquals(List.of("referral.requested"), made.getList("subscription.eventTypes"));

            String elsewhere = UUID.randomUUID().toString();
            referralRequested(elsewhere, UUID.randomUUID().toString(), UUID.randomUUID().toString());
            String referral = UUID.randomUUID().toString();
            String person = UUID.randomUUID().toString();
            String eventId = referralRequested(referral, person, partnersOrganisation());

            WebhookReceiver.Received webhook = receiver.await(received -> received.body().contains(referral), DELIVERED_WITHIN)
                    .orElseThrow(() -> new AssertionError("No webhook for the referral within " + DELIVERED_WITHIN));

            // The recipe of docs/partners.md: the signature over "timestamp.body" with the secret, a timestamp that is recent.
            String timestamp = webhook.header("Helhet-Webhook-Timestamp");
            assertEquals("v1=" + hmac(secret, timestamp, webhook.body()), webhook.header("Helhet-Webhook-Signature"));
            assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) < 300, "the timestamp is the time of sending");
            assertEquals("application/json", webhook.header("Content-Type"));

            JsonNode body = JSON.readTree(webhook.body());
            assertEquals(eventId, body.path("id").asText());
            assertEquals("referral.requested", body.path("type").asText());
            assertEquals("asker", body.path("municipalityId").asText());
            assertEquals("referral", body.path("subject").path("kind").asText());
            assertEquals(referral, body.path("subject").path("id").asText());
            // Thin: ids of the referral only, not even the person's id or the categories shared.
            assertFalse(webhook.body().contains(person), "the person's id is not in the webhook");
            assertEquals(List.of("id", "municipalityId", "occurredAt", "subject", "type"), fieldNames(body));

            // Every event published before is consumed: the referral addressed elsewhere made no delivery.
            KafkaProbe.awaitCaughtUp(consumerGroup, Topics.REFERRALS_REFERRAL_V1, Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonPath deliveries = log(asPartner(), subscription);
                assertEquals(1, deliveries.getInt("total"));
                assertEquals(webhook.header("Helhet-Webhook-Id"), deliveries.getString("items[0].id"));
                assertEquals("delivered", deliveries.getString("items[0].status"));
                assertEquals(1, deliveries.getInt("items[0].attempts"));
                assertEquals(204, deliveries.getInt("items[0].lastStatus"));
            });
            assertFalse(receiver.received().stream().anyMatch(received -> received.body().contains(elsewhere)));
        }
    }

    @Test
    void aReceiverThatIsDownGetsTheWebhookOnceItIsBack() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            String subscription = subscribe(asPartner(), receiver.url(), "participant.registered").getString("subscription.id");
            receiver.stop();
            String person = UUID.randomUUID().toString();
            publish(Topics.PARTICIPANTS_PARTICIPANT_V1, person, "ParticipantRegistered", "{\"participantId\": \"%s\"}".formatted(person));

            // Refused, and tried again: the log says why and when next.
            await().atMost(DELIVERED_WITHIN).untilAsserted(() -> {
                JsonPath deliveries = log(asPartner(), subscription);
                assertEquals(1, deliveries.getInt("total"));
                assertEquals("pending", deliveries.getString("items[0].status"));
                assertTrue(deliveries.getInt("items[0].attempts") >= 2, "tried more than once while down");
                assertEquals("connection refused", deliveries.getString("items[0].lastError"));
                assertTrue(deliveries.getString("items[0].nextAttemptAt") != null);
            });
            receiver.start();

            WebhookReceiver.Received webhook = receiver.await(received -> received.body().contains(person), DELIVERED_WITHIN)
                    .orElseThrow(() -> new AssertionError("No webhook once the receiver was back"));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonPath deliveries = log(asPartner(), subscription);
                assertEquals("delivered", deliveries.getString("items[0].status"));
                assertEquals(webhook.header("Helhet-Webhook-Id"), deliveries.getString("items[0].id"));
                assertTrue(deliveries.getInt("items[0].attempts") >= 3);
                assertEquals(null, deliveries.getString("items[0].nextAttemptAt"));
            });
            assertEquals(1, receiver.received().size(), "delivered once");
        }
    }

    @Test
    void aSecretThatCannotBeReadFailsOnlyItsOwnDeliveries() throws Exception {
        try (WebhookReceiver broken = WebhookReceiver.started(); WebhookReceiver working = WebhookReceiver.started()) {
            String unreadable = subscribe(asPartner(), broken.url(), "participant.registered").getString("subscription.id");
            subscribe(asPartner(), working.url(), "participant.registered");
            // What changing the operators' key does to a stored secret: it no longer opens.
            dev.helhet.testing.ServiceBasics.execute("notifications",
                    "update subscription set secret = decode('00112233445566778899aabbccddeeff00112233445566778899', 'hex') where id = '%s'"
                            .formatted(unreadable));
            String person = UUID.randomUUID().toString();
            publish(Topics.PARTICIPANTS_PARTICIPANT_V1, person, "ParticipantRegistered", "{\"participantId\": \"%s\"}".formatted(person));

            working.await(received -> received.body().contains(person), DELIVERED_WITHIN)
                    .orElseThrow(() -> new AssertionError("One partner's unreadable secret held up another's webhook"));
            await().atMost(DELIVERED_WITHIN).untilAsserted(() -> {
                JsonPath deliveries = log(asPartner(), unreadable);
                assertEquals("pending", deliveries.getString("items[0].status"));
                assertTrue(deliveries.getInt("items[0].attempts") >= 1);
                assertTrue(deliveries.getString("items[0].lastError").contains("rotate it"), deliveries.prettify());
            });
            assertTrue(broken.received().isEmpty(), "nothing is sent unsigned");
            // Rotating makes a readable secret again: the delivery goes at its next attempt.
            asPartner().body("{\"previousSecretSignsForHours\": 0}").when().post(PATH + "/" + unreadable + "/rotate-secret").then().statusCode(200);
            broken.await(received -> received.body().contains(person), DELIVERED_WITHIN)
                    .orElseThrow(() -> new AssertionError("No webhook after the rotation"));
        }
    }

    @Test
    void onlyANavToolMaySubscribeToTransitionsDueAndOnlyAClientWithAnOrganisationToReferrals() throws Exception {
        String before = asPartner().when().get(PATH).then().statusCode(200).extract().path("total").toString();
        asPartner().body("{\"url\": \"http://127.0.0.1:9/hook\", \"eventTypes\": [\"referral.requested\", \"transition.due\"]}")
                .when().post(PATH).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:helhet:problem:event-type-not-permitted"))
                .body("detail", org.hamcrest.Matchers.containsString("nav-integration"));
        asPartner().when().get(PATH).then().statusCode(200).body("total", equalTo(Integer.parseInt(before)));
        asNav().body("{\"url\": \"http://127.0.0.1:9/hook\", \"eventTypes\": [\"referral.closed\"]}")
                .when().post(PATH).then().statusCode(403)
                .body("type", equalTo("urn:helhet:problem:event-type-not-permitted"));

        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            subscribe(asNav(), receiver.url(), "transition.due");
            String person = UUID.randomUUID().toString();
            publish(Topics.REFERRALS_TRANSITION_V1, person, "TransitionDue", """
                    {"taskId": "%s", "participantId": "%s", "rule": "introduction-programme-end", "dueDate": "2027-05-03"}"""
                    .formatted(UUID.randomUUID(), person));
            JsonNode body = JSON.readTree(receiver.await(received -> received.body().contains(person), DELIVERED_WITHIN)
                    .orElseThrow(() -> new AssertionError("No transition.due webhook")).body());
            assertEquals("transition.due", body.path("type").asText());
            assertEquals("participant", body.path("subject").path("kind").asText());
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream().sorted().toList();
    }
}
