package dev.helhet.notifications.rest;

import dev.helhet.notifications.support.WebhookReceiver;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PagedLists;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.ServiceBasics;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.helhet.notifications.rest.WebhookDeliveryTest.PATH;
import static dev.helhet.notifications.rest.WebhookDeliveryTest.asNav;
import static dev.helhet.notifications.rest.WebhookDeliveryTest.asPartner;
import static dev.helhet.notifications.rest.WebhookDeliveryTest.hmac;
import static dev.helhet.notifications.rest.WebhookDeliveryTest.subscribe;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The subscription API's own rules: partners only, their own subscriptions only, receivers on public https hosts only. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "notifications"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class SubscriptionResourceTest {

    @Test
    void onlyPartnerClientsInAMunicipalityMayUseIt() {
        given().when().get(PATH).then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:helhet:problem:unauthenticated"));
        ServiceBasics.assertRefusedTo(PATH, "asker.coordinator", "asker.admin", "asker.teamlead", "asker.analyst", "asker.professional");
        given().auth().oauth2(Tokens.user("amina.hassan")).when().get(PATH).then().statusCode(403);
        asPartner().when().get(PATH).then().statusCode(200);
    }

    @Test
    void receiversOutsideThePublicInternetAreRefused() {
        for (String url : List.of("https://10.1.2.3/hook", "https://169.254.169.254/latest/meta-data", "https://192.168.0.10/hook",
                "https://[fd00::1]/hook", "https://100.64.0.1/hook", "http://93.184.216.34/hook", "ftp://127.0.0.1/hook",
                "https://user:pw@127.0.0.1/hook", "/relative/hook", "https://nowhere.invalid/hook",
                // IPv6 forms that reach IPv4 inside: NAT64 to the metadata address, 6to4 of 192.168.0.1, mapped 10.0.0.1, Teredo.
                "https://[64:ff9b::a9fe:a9fe]/hook", "https://[2002:c0a8:0001::1]/hook", "https://[::ffff:10.0.0.1]/hook",
                "https://[2001:0:4136:e378::1]/hook", "https://[fe80::1]/hook")) {
            asPartner().body("{\"url\": \"%s\", \"eventTypes\": [\"participant.registered\"]}".formatted(url))
                    .when().post(PATH).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:helhet:problem:webhook-url-not-permitted"))
                    .body("detail", not(containsString("Exception")));
        }
    }

    @Test
    void badSubscriptionsAreRefusedNamingTheField() {
        asPartner().body("{\"url\": \"http://127.0.0.1:9/hook\", \"eventTypes\": [\"referral.deleted\"]}").when().post(PATH)
                .then().statusCode(400).body("type", equalTo("urn:helhet:problem:validation")).body("errors[0].field", containsString("eventTypes"));
        asPartner().body("{\"url\": \"http://127.0.0.1:9/hook\", \"eventTypes\": []}").when().post(PATH)
                .then().statusCode(400).body("type", equalTo("urn:helhet:problem:validation"));
        asPartner().body("{\"eventTypes\": [\"participant.registered\"]}").when().post(PATH)
                .then().statusCode(400).body("type", equalTo("urn:helhet:problem:validation"));
        asPartner().body("{\"url\": \"http://127.0.0.1:9/" + "a".repeat(2100) + "\", \"eventTypes\": [\"participant.registered\"]}")
                .when().post(PATH).then().statusCode(400).body("type", equalTo("urn:helhet:problem:validation"));
    }

    @Test
    void aClientSeesAndChangesOnlyItsOwnSubscriptions() {
        String mine = subscribe(asPartner(), "http://127.0.0.1:9/mine", "participant.registered").getString("subscription.id");
        asPartner().when().get(PATH + "/" + mine).then().statusCode(200).body("url", equalTo("http://127.0.0.1:9/mine"))
                .body("$", not(org.hamcrest.Matchers.hasKey("secret")));
        asNav().when().get(PATH + "/" + mine).then().statusCode(404).body("type", equalTo("urn:helhet:problem:not-found"));
        asNav().when().get(PATH + "/" + mine + "/deliveries").then().statusCode(404);
        asNav().body("{\"previousSecretSignsForHours\": 24}").when().post(PATH + "/" + mine + "/rotate-secret").then().statusCode(404);
        asNav().when().delete(PATH + "/" + mine).then().statusCode(404);
        asNav().queryParam("size", 200).when().get(PATH).then().statusCode(200).body("items.id", not(org.hamcrest.Matchers.hasItem(mine)));

        asPartner().when().delete(PATH + "/" + mine).then().statusCode(204);
        asPartner().when().get(PATH + "/" + mine).then().statusCode(404);
        asPartner().when().get(PATH + "/" + UUID.randomUUID()).then().statusCode(404);
        asPartner().when().get(PATH + "/not-an-id").then().statusCode(400).body("type", equalTo("urn:helhet:problem:validation"));
    }

    @Test
    void theListsArePaged() {
        subscribe(asPartner(), "http://127.0.0.1:9/one", "participant.moved");
        subscribe(asPartner(), "http://127.0.0.1:9/two", "participant.moved");
        PagedLists.assertPaged(WebhookDeliveryTest::asPartner, PATH, 2);
        String subscription = subscribe(asPartner(), "http://127.0.0.1:9/three", "participant.moved").getString("subscription.id");
        PagedLists.assertPaged(WebhookDeliveryTest::asPartner, PATH + "/" + subscription + "/deliveries", 0);
    }

    @Test
    void aClientHoldsAtMostTwentySubscriptionsInAMunicipality() {
        List<String> made = new ArrayList<>();
        int held = asNav().when().get(PATH).then().statusCode(200).extract().path("total");
        try {
            for (int i = held; i < 20; i++) {
                made.add(subscribe(asNav(), "http://127.0.0.1:9/many", "transition.due").getString("subscription.id"));
            }
            asNav().body("{\"url\": \"http://127.0.0.1:9/many\", \"eventTypes\": [\"transition.due\"]}").when().post(PATH)
                    .then().statusCode(409).body("type", equalTo("urn:helhet:problem:limit-reached"));
        } finally {
            made.forEach(id -> asNav().when().delete(PATH + "/" + id).then().statusCode(204));
        }
    }

    @Test
    void subscribingAgainWithTheSameKeySubscribesOnceAndNeverKeepsTheSecret() {
        String key = UUID.randomUUID().toString();
        String body = "{\"url\": \"http://127.0.0.1:9/again\", \"eventTypes\": [\"participant.moved\"]}";
        Response first = asPartner().header("Idempotency-Key", key).body(body).when().post(PATH);
        assertEquals(201, first.statusCode(), first::asString);
        assertTrue(first.jsonPath().getString("secret").startsWith("whsec_"));
        int held = asPartner().when().get(PATH).then().statusCode(200).extract().path("total");

        Response retry = asPartner().header("Idempotency-Key", key).body(body).when().post(PATH);
        assertEquals(201, retry.statusCode(), retry::asString);
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.jsonPath().getMap("subscription"), retry.jsonPath().getMap("subscription"));
        // Shown once: the idempotency store keeps the answer without it, so a copy of the database cannot sign webhooks.
        assertEquals(null, retry.jsonPath().getString("secret"));
        asPartner().when().get(PATH).then().statusCode(200).body("total", equalTo(held));

        asPartner().header("Idempotency-Key", key).body(body.replace("again", "other")).when().post(PATH)
                .then().statusCode(422).body("type", equalTo("urn:helhet:problem:idempotency-key-reused"));
        asPartner().when().get(PATH).then().statusCode(200).body("total", equalTo(held));
    }

    @Test
    void aRotatedSecretSignsAlongsideTheOldOneForADay() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            JsonPath made = subscribe(asPartner(), receiver.url(), "participant.registered");
            String subscription = made.getString("subscription.id");
            String old = made.getString("secret");
            JsonPath rotated = asPartner().body("{\"previousSecretSignsForHours\": 24}").when().post(PATH + "/" + subscription + "/rotate-secret")
                    .then().statusCode(200).extract().jsonPath();
            String fresh = rotated.getString("secret");
            assertNotEquals(old, fresh);
            assertTrue(rotated.getString("subscription.previousSecretSignsUntil") != null);

            String person = UUID.randomUUID().toString();
            WebhookDeliveryTest.publish(dev.helhet.contracts.Topics.PARTICIPANTS_PARTICIPANT_V1, person, "ParticipantRegistered",
                    "{\"participantId\": \"%s\"}".formatted(person));
            WebhookReceiver.Received webhook = receiver.await(received -> received.body().contains(person), java.time.Duration.ofSeconds(30))
                    .orElseThrow(() -> new AssertionError("No webhook after the rotation"));
            String timestamp = webhook.header("Helhet-Webhook-Timestamp");
            assertEquals("v1=" + hmac(fresh, timestamp, webhook.body()) + ",v1=" + hmac(old, timestamp, webhook.body()),
                    webhook.header("Helhet-Webhook-Signature"));

            // A leaked secret stops signing at once: the next webhook carries the newest signature only.
            String leakproof = asPartner().body("{\"previousSecretSignsForHours\": 0}").when().post(PATH + "/" + subscription + "/rotate-secret")
                    .then().statusCode(200).body("subscription.previousSecretSignsUntil", org.hamcrest.Matchers.nullValue())
                    .extract().path("secret");
            String next = UUID.randomUUID().toString();
            WebhookDeliveryTest.publish(dev.helhet.contracts.Topics.PARTICIPANTS_PARTICIPANT_V1, next, "ParticipantRegistered",
                    "{\"participantId\": \"%s\"}".formatted(next));
            WebhookReceiver.Received after = receiver.await(received -> received.body().contains(next), java.time.Duration.ofSeconds(30))
                    .orElseThrow(() -> new AssertionError("No webhook after the second rotation"));
            assertEquals("v1=" + hmac(leakproof, after.header("Helhet-Webhook-Timestamp"), after.body()), after.header("Helhet-Webhook-Signature"));

            asPartner().body("{\"previousSecretSignsForHours\": 25}").when().post(PATH + "/" + subscription + "/rotate-secret")
                    .then().statusCode(400).body("type", equalTo("urn:helhet:problem:validation"));
        }
    }
}
