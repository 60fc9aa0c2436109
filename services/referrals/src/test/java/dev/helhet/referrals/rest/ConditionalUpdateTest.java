package dev.helhet.referrals.rest;

import dev.helhet.testing.CareTopics;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static dev.helhet.testing.ConditionalUpdates.assertIfMatchGuards;
import static dev.helhet.testing.ConditionalUpdates.entityTag;
import static io.restassured.RestAssured.given;

/** Directory entries, referral settings and transition rules are changed under If-Match (docs/adr/0039). */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "referrals"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ConditionalUpdateTest {

    private static final String REFERRALS = "/api/v1/referrals";

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.user("asker.admin")).contentType(ContentType.JSON);
    }

    @Test
    void aDirectoryEntryIsChangedOnlyAtTheVersionRead() {
        String provider = CareTopics.named("Versjonert språksenter", "asker");
        String entry = """
                {"organisationId": "%s", "name": "%s", "languages": ["nb"], "lifeAreas": ["language"], "servedMunicipalityIds": ["asker"]%s}""";
        String path = REFERRALS + "/services/" + admin().body(entry.formatted(provider, "Språkkafé", "")).when().post(REFERRALS + "/services")
                .then().statusCode(201).extract().path("id");
        String tag = entityTag(admin().when().get(path).then().statusCode(200).extract().response());
        assertIfMatchGuards(ConditionalUpdateTest::admin, path, tag,
                version -> entry.formatted(provider, "Språkkafé på lørdager", version == null ? "" : ", \"version\": " + version), false);
    }

    @Test
    void theSettingsAreChangedOnlyAtTheVersionRead() {
        Response read = admin().when().get(REFERRALS + "/settings").then().statusCode(200).extract().response();
        String country = read.path("country");
        int days = read.path("answerWithinWorkingDays");
        assertIfMatchGuards(ConditionalUpdateTest::admin, REFERRALS + "/settings", entityTag(read),
                version -> "{\"country\": \"%s\", \"answerWithinWorkingDays\": %d, \"version\": %d}".formatted(country, days, version), true);
    }

    @Test
    void aTransitionRuleIsChangedOnlyAtTheVersionRead() {
        String rule = "nav-before-programme-end";
        Response rules = admin().when().get(REFERRALS + "/transition-rules").then().statusCode(200).extract().response();
        long version = rules.jsonPath().getLong("items.find { it.rule == '%s' }.version".formatted(rule));
        int lead = rules.jsonPath().getInt("items.find { it.rule == '%s' }.lead".formatted(rule));
        boolean enabled = rules.jsonPath().getBoolean("items.find { it.rule == '%s' }.enabled".formatted(rule));
        assertIfMatchGuards(ConditionalUpdateTest::admin, REFERRALS + "/transition-rules/" + rule, "\"" + version + "\"",
                current -> "{\"enabled\": %s, \"lead\": %d, \"version\": %d}".formatted(enabled, lead, current), true);
    }
}
