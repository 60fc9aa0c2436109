package dev.helhet.agreements.rest;

import dev.helhet.testing.CareTopics;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.helhet.testing.PagedLists.assertPaged;
import static io.restassured.RestAssured.given;

/** Every list of the agreements API answers pages of the same shape with the same limits (docs/adr/0040). */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "agreements"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class PagingTest {

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    @Test
    void collaborationAgreementsArePaged() {
        String first = CareTopics.organisation("asker");
        String second = CareTopics.organisation("asker");
        for (String title : new String[] {"Sidevis avtale A", "Sidevis avtale B", "Sidevis avtale C"}) {
            as("asker.admin").body("""
                    {"title": "%s", "purpose": "Trygg overgang til arbeid", "parties": [{"organisationId": "%s"}, {"organisationId": "%s"}],
                     "validFrom": "2026-01-01", "validTo": "2028-12-31"}""".formatted(title, first, second))
                    .when().post("/api/v1/agreements/collaboration-agreements").then().statusCode(201);
        }
        assertPaged(() -> as("asker.admin"), "/api/v1/agreements/collaboration-agreements", 3);
    }

    @Test
    void aPersonsMeetingsAndMyActionsArePaged() {
        CareTopics.Team team = CareTopics.team();
        String person = "/api/v1/agreements/participants/" + team.person();
        for (String day : new String[] {"2027-01-12", "2027-01-19", "2027-01-26"}) {
            as("asker.coordinator").body("""
                    {"kind": "team-meeting", "category": "plan", "startsAt": "%sT09:00:00Z", "place": "Asker rådhus",
                     "roles": {"chairId": "%s", "minuteTakerId": "%s"}, "attendees": [{"kind": "person"}]}"""
                    .formatted(day, team.coordinator(), team.coordinator()))
                    .when().post(person + "/meetings").then().statusCode(201);
        }
        for (int days = 1; days <= 3; days++) {
            as("asker.coordinator").body("""
                    {"description": "Søke praksisplass", "category": "plan", "responsible": "team-member", "responsibleId": "%s",
                     "dueDate": "%s"}""".formatted(team.adviser(), LocalDate.now().plusDays(days)))
                    .when().post(person + "/plan/actions").then().statusCode(201);
        }
        CareTopics.consentToNav(team.person(), "basic", "plan");
        assertPaged(() -> as("asker.coordinator"), person + "/meetings", 3);
        assertPaged(() -> as("asker.professional"), "/api/v1/agreements/actions/mine", 3);
    }
}
