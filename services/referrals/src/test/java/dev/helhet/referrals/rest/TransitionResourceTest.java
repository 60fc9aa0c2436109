package dev.helhet.referrals.rest;

import dev.helhet.contracts.Topics;
import dev.helhet.referrals.support.TestClock;
import dev.helhet.testing.CareTopics;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.ServiceBasics;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Transitions with deadlines through the real topics and API: an introduction programme's enrolment makes a task due six
 * months before its planned end, on a working day of the municipality's country (Norwegian, Swedish or Danish holidays
 * moved around), late by the controllable clock, re-dated when the programme is extended, met by a referral NAV accepts,
 * cancelled when the programme ends.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "referrals"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class TransitionResourceTest {

    private static final String PATH = "/api/v1/referrals";
    private static final String INTRODUCTION = "introduction-programme";

    @Inject
    TestClock clock;

    private static RequestSpecification as(String user) {
        String token = "regional.coordinator".equals(user) ? Tokens.user(user, "openid organization:asker") : Tokens.user(user);
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** The task the enrolment made, once this service has heard of the enrolment. */
    private static void awaitTask(String enrolment) {
        await().atMost(Duration.ofSeconds(20)).until(() -> ServiceBasics.count("referrals",
                "select count(*) from transition_task where enrolment_id = '%s'".formatted(enrolment)) == 1);
    }

    private static String dueDate(String person) {
        return as("asker.coordinator").queryParam("participantId", person).queryParam("size", 200).when().get(PATH + "/transitions").then().statusCode(200)
                .extract().path("items[0].dueDate");
    }

    /** Runs with the municipality's calendar set to a country, and back to Norway after. */
    private static void inCountry(String country, Runnable check) {
        int version = as("asker.admin").when().get(PATH + "/settings").then().statusCode(200).extract().path("version");
        as("asker.admin").body("{\"country\": \"%s\", \"answerWithinWorkingDays\": 5, \"version\": %d}".formatted(country, version)).when()
                .put(PATH + "/settings").then().statusCode(200);
        try {
            check.run();
        } finally {
            int now = as("asker.admin").when().get(PATH + "/settings").then().statusCode(200).extract().path("version");
            as("asker.admin").body("{\"country\": \"NO\", \"answerWithinWorkingDays\": 5, \"version\": %d}".formatted(now)).when()
                    .put(PATH + "/settings").then().statusCode(200);
        }
    }

    @Test
    void theDueDateIsAWorkingDayOfTheMunicipalitysCountry() {
        // Six months before 17 November 2028 is 17 May: Norway's constitution day (a Wednesday), a working day in Sweden.
        String norwegian = CareTopics.team().person();
        awaitTask(CareTopics.enrolled(norwegian, INTRODUCTION, LocalDate.of(2028, 11, 17)));
        assertEquals("2028-05-16", dueDate(norwegian));
        inCountry("SE", () -> {
            String swedish = CareTopics.team().person();
            awaitTask(CareTopics.enrolled(swedish, INTRODUCTION, LocalDate.of(2028, 11, 17)));
            assertEquals("2028-05-17", dueDate(swedish));
            // Six months before 6 December 2028 is 6 June: Sweden's national day, so Monday 5 June.
            String national = CareTopics.team().person();
            awaitTask(CareTopics.enrolled(national, INTRODUCTION, LocalDate.of(2028, 12, 6)));
            assertEquals("2028-06-05", dueDate(national));
        });
        inCountry("DK", () -> {
            // Six months before 5 December 2028 is Whit Monday 5 June: a holiday in Denmark, so Friday 2 June.
            String danish = CareTopics.team().person();
            awaitTask(CareTopics.enrolled(danish, INTRODUCTION, LocalDate.of(2028, 12, 5)));
            assertEquals("2028-06-02", dueDate(danish));
        });
    }

    @Test
    void aTaskTurnsLateByTheClockMovesWithTheProgrammeAndIsMetWhenNavAccepts() {
        CareTopics.Team team = CareTopics.team();
        String person = team.person();
        try (KafkaProbe topic = KafkaProbe.watch(Topics.REFERRALS_TRANSITION_V1)) {
            String enrolment = CareTopics.enrolled(person, INTRODUCTION, LocalDate.of(2028, 2, 1));
            awaitTask(enrolment);
            KafkaProbe.Received due = topic.await(r -> person.equals(r.key()) && "TransitionDue".equals(r.eventType()), Duration.ofSeconds(15))
                    .orElseThrow();
            assertEquals("2027-07-30", due.envelope().at("/payload/dueDate").asText(), "1 August 2027 is a Sunday: the Friday before");
            as("asker.coordinator").queryParam("participantId", person).queryParam("size", 200).when().get(PATH + "/transitions").then().statusCode(200)
                    .body("items[0].rule", equalTo("nav-before-programme-end")).body("items[0].status", equalTo("due")).body("items[0].late", equalTo(false));
            clock.moveTo(LocalDate.of(2027, 8, 2));
            try {
                as("asker.coordinator").queryParam("participantId", person).queryParam("size", 200).when().get(PATH + "/transitions").then().statusCode(200)
                        .body("items[0].late", equalTo(true));
            } finally {
                clock.reset();
            }

            CareTopics.extended(person, enrolment, LocalDate.of(2029, 3, 1));
            await().atMost(Duration.ofSeconds(20)).until(() -> "2028-09-01".equals(dueDate(person)));

            // A referral NAV accepts involves NAV: the task is met.
            String nav = CareTopics.ofType("nav-office", "NAV Asker (overgang)", "asker");
            CareTopics.professional("regional.coordinator", nav);
            CareTopics.consentTo(nav, person, "basic");
            String service = as("asker.admin").body("""
                    {"organisationId": "%s", "name": "Arbeidsrettet oppfølging", "lifeAreas": ["work"], "servedMunicipalityIds": ["asker"]}"""
                    .formatted(nav)).when().post(PATH + "/services").then().statusCode(201).extract().path("id");
            String referral = as("asker.coordinator").body("""
                    {"participantId": "%s", "serviceId": "%s", "fromOrganisationId": "%s", "reason": "Overgang til arbeid", "send": true}"""
                    .formatted(person, service, CareTopics.REFUGEE_SERVICE)).when().post(PATH).then().statusCode(201).extract().path("id");
            as("regional.coordinator").when().post(PATH + "/" + referral + "/accept").then().statusCode(200);
            KafkaProbe.Received met = topic.await(r -> person.equals(r.key()) && "TransitionMet".equals(r.eventType()), Duration.ofSeconds(15))
                    .orElseThrow();
            assertEquals(referral, met.envelope().at("/payload/referralId").asText());
            as("asker.coordinator").queryParam("participantId", person).queryParam("size", 200).when().get(PATH + "/transitions").then().statusCode(200)
                    .body("items[0].status", equalTo("met")).body("items[0].metByReferralId", equalTo(referral)).body("items[0].late", equalTo(false));

            // A later enrolment finds NAV involved already: its task is met at once.
            String again = CareTopics.enrolled(person, INTRODUCTION, LocalDate.of(2029, 6, 1));
            await().atMost(Duration.ofSeconds(20)).until(() -> ServiceBasics.count("referrals",
                    "select count(*) from transition_task where enrolment_id = '%s' and status = 'MET' and met_by_referral_id = '%s'"
                            .formatted(again, referral)) == 1);

            // Another programme that ends before its transition: the task is no longer needed (an earlier referral is no handover).
            String second = CareTopics.enrolled(person, "social-assistance-follow-up", LocalDate.of(2027, 6, 30));
            awaitTask(second);
            CareTopics.ended(person, second, "social-assistance-follow-up");
            topic.await(r -> person.equals(r.key()) && "TransitionCancelled".equals(r.eventType()), Duration.ofSeconds(15)).orElseThrow();
        }
        as("harstad.coordinator").queryParam("participantId", person).when().get(PATH + "/transitions").then().statusCode(404);
    }

    @Test
    void anAdminSwitchesARuleOffAndNoTaskIsMadeWhileItIsOff() {
        as("asker.coordinator").queryParam("size", 200).when().get(PATH + "/transition-rules").then().statusCode(200)
                .body("items.find { it.rule == 'handover-leaving-social-assistance' }.leadIn", equalTo("working-days"));
        int version = as("asker.admin").queryParam("size", 200).when().get(PATH + "/transition-rules").then().statusCode(200)
                .extract().path("items.find { it.rule == 'handover-leaving-social-assistance' }.version");
        as("asker.admin").body("{\"enabled\": false, \"lead\": 10, \"version\": %d}".formatted(version)).when()
                .put(PATH + "/transition-rules/handover-leaving-social-assistance").then().statusCode(200).body("enabled", equalTo(false));
        try {
            String person = CareTopics.team().person();
            String off = CareTopics.enrolled(person, "social-assistance-follow-up", LocalDate.of(2027, 6, 30));
            // Something after it on the same key, to know the enrolment was handled: a programme the NAV rule watches.
            awaitTask(CareTopics.enrolled(person, INTRODUCTION, LocalDate.of(2028, 2, 1)));
            assertEquals(0, ServiceBasics.count("referrals", "select count(*) from transition_task where enrolment_id = '%s'".formatted(off)));
            as("asker.coordinator").body("{\"enabled\": true, \"lead\": 10, \"version\": 0}").when()
                    .put(PATH + "/transition-rules/handover-leaving-social-assistance").then().statusCode(403);
            as("asker.admin").body("{\"enabled\": true, \"lead\": 99, \"version\": 0}").when()
                    .put(PATH + "/transition-rules/handover-leaving-social-assistance").then().statusCode(400);
        } finally {
            int now = as("asker.admin").queryParam("size", 200).when().get(PATH + "/transition-rules").then().statusCode(200)
                    .extract().path("items.find { it.rule == 'handover-leaving-social-assistance' }.version");
            as("asker.admin").body("{\"enabled\": true, \"lead\": 10, \"version\": %d}".formatted(now)).when()
                    .put(PATH + "/transition-rules/handover-leaving-social-assistance").then().statusCode(200);
        }
        as("asker.admin").queryParam("size", 200).when().get(PATH + "/transition-rules").then().statusCode(200)
                .body("items.findAll { !it.enabled }", empty());
    }
}
