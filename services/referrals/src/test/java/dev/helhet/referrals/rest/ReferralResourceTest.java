package dev.helhet.referrals.rest;

import dev.helhet.contracts.Topics;
import dev.helhet.referrals.service.ReferralService;
import dev.helhet.testing.CareTopics;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PagedLists;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.ServiceBasics;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Referrals through their API on real PostgreSQL, Kafka and Keycloak: the sender is the person's coordinator
 * (asker.coordinator), the receiver a professional of the adult education service (regional.coordinator acting for Asker).
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "referrals"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ReferralResourceTest {

    private static final String PATH = "/api/v1/referrals";
    private static final String RECEIVER = "regional.coordinator";

    private static RequestSpecification as(String user) {
        String token = RECEIVER.equals(user) ? Tokens.user(user, "openid organization:asker") : Tokens.user(user);
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A person coordinated by asker.coordinator, an adult education service in the directory, and its professional. */
    private record World(String person, String coordinatorOrganisation, String receivingOrganisation, String service, String receiver) {
    }

    private static World world() {
        CareTopics.Team team = CareTopics.team();
        String adultEducation = CareTopics.named("Voksenopplæringen Asker", "asker");
        String receiver = CareTopics.professional(RECEIVER, adultEducation);
        String service = as("asker.admin").body("""
                {"organisationId": "%s", "name": "Norsk på kveldstid", "languages": ["nb"], "lifeAreas": ["language"], "waitingDays": 14,
                 "servedMunicipalityIds": ["asker"]}""".formatted(adultEducation))
                .when().post(PATH + "/services").then().statusCode(201).extract().path("id");
        return new World(team.person(), CareTopics.REFUGEE_SERVICE, adultEducation, service, receiver);
    }

    private static String referral(World world, boolean send) {
        return """
                {"participantId": "%s", "serviceId": "%s", "fromOrganisationId": "%s", "reason": "Ønsker norsk på kveldstid ved siden av praksis",
                 "categories": ["education"], "send": %s,
                 "handover": {"summary": "Har fullført A2; ønsker B1 før jobbstart", "languages": ["so", "nb"], "interpreterNeeded": true,
                   "interpreterLanguage": "so",
                   "goals": [{"lifeArea": "language", "category": "education", "description": "Bestå norskprøve B1", "status": "active"}],
                   "actions": [{"category": "education", "what": "Melde seg på kveldskurs", "status": "planned", "dueDate": "2027-01-15"}]}}"""
                .formatted(world.person(), world.service(), world.coordinatorOrganisation(), send);
    }

    private static String sent(World world) {
        CareTopics.consentTo(world.receivingOrganisation(), world.person(), "basic", "education");
        return as("asker.coordinator").body(referral(world, true)).when().post(PATH).then().statusCode(201)
                .body("status", equalTo("requested")).extract().path("id");
    }

    private static void step(String user, String referral, String step, String body, int status) {
        as(user).body(body).when().post(PATH + "/" + referral + "/" + step).then().statusCode(status);
    }

    @Test
    void aReferralIsTrackedUntilTheReceiverReportsBackAndTheReceiverJoinsTheTeam() {
        World world = world();
        try (KafkaProbe topic = KafkaProbe.watch(Topics.REFERRALS_REFERRAL_V1)) {
            String id = sent(world);
            KafkaProbe.Received requested = topic.await(r -> world.person().equals(r.key()) && "ReferralRequested".equals(r.eventType()),
                    Duration.ofSeconds(15)).orElseThrow();
            assertEquals(world.receivingOrganisation(), requested.envelope().path("payload").path("receivingOrganisationId").asText());
            assertFalse(requested.record().value().contains("kveldstid"), "the reason stays in the referrals service");

            // Before accepting, the receiver reads why, not the handover.
            as(RECEIVER).when().get(PATH + "/" + id).then().statusCode(200).body("yourSide", equalTo("receiver"))
                    .body("reason", equalTo("Ønsker norsk på kveldstid ved siden av praksis")).body("handover", nullValue())
                    .body("allowedSteps", contains("accept", "reject")).body("receivingOrganisation.name", equalTo("Voksenopplæringen Asker"));
            as(RECEIVER).queryParam("size", 200).when().get(PATH + "/inbox").then().statusCode(200).body("items.id", hasItem(id));

            as(RECEIVER).when().post(PATH + "/" + id + "/accept").then().statusCode(200).body("status", equalTo("accepted"))
                    .body("handover.summary", equalTo("Har fullført A2; ønsker B1 før jobbstart")).body("handover.interpreterLanguage", equalTo("so"))
                    .body("handover.goals[0].description", equalTo("Bestå norskprøve B1")).body("handover.actions[0].what", equalTo("Melde seg på kveldskurs"));
            KafkaProbe.Received accepted = topic.await(r -> world.person().equals(r.key()) && "ReferralAccepted".equals(r.eventType()),
                    Duration.ofSeconds(15)).orElseThrow();
            // Coordinators puts this professional on the person's team for the receiving organisation.
            assertEquals(Tokens.subject(RECEIVER), accepted.envelope().path("actor").path("subject").asText());
            assertFalse(accepted.record().value().contains("Norsk på kveldstid"), "the service's name could say more than a team member may know");
            assertEquals(1, ServiceBasics.count("referrals", "select count(*) from care_professional where professional_id = '%s' and subject = '%s'"
                    .formatted(accepted.envelope().path("payload").path("receivingProfessionalId").asText(), Tokens.subject(RECEIVER))));

            // Coordinators puts the receiver on the team; with the person's consent they now see her as a team member too,
            // and still act for the receiving service.
            CareTopics.onTeamFor(world.receiver(), world.person(), world.receivingOrganisation());
            as(RECEIVER).when().get(PATH + "/" + id).then().statusCode(200).body("yourSide", equalTo("receiver"))
                    .body("allowedSteps", contains("start", "hold", "fail"));
            step(RECEIVER, id, "start", "{}", 200);
            step(RECEIVER, id, "hold", "{\"note\": \"Venteliste til januar\"}", 200);
            as(RECEIVER).when().post(PATH + "/" + id + "/resume").then().statusCode(200).body("status", equalTo("in-progress"));
            as(RECEIVER).body("{\"outcome\": \"delivered\", \"note\": \"Bestod B1 i desember\"}").when().post(PATH + "/" + id + "/complete")
                    .then().statusCode(200).body("status", equalTo("completed")).body("allowedSteps", empty());
            KafkaProbe.Received completed = topic.await(r -> world.person().equals(r.key()) && "ReferralCompleted".equals(r.eventType()),
                    Duration.ofSeconds(15)).orElseThrow();
            assertEquals("delivered", completed.envelope().path("payload").path("outcome").asText());
        }
        // The sender sees what came of it, and every step with who took it for which side.
        String id = as("asker.coordinator").queryParam("participantId", world.person()).queryParam("size", 200).when().get(PATH).then().statusCode(200)
                .body("items", hasSize(1)).extract().path("items[0].id");
        as("asker.coordinator").when().get(PATH + "/" + id).then().statusCode(200).body("yourSide", equalTo("sender"))
                .body("outcome", equalTo("delivered")).body("closingNote", equalTo("Bestod B1 i desember"))
                .body("timeline.step", contains("create", "request", "accept", "start", "hold", "resume", "complete"))
                .body("timeline.byYou", contains(true, true, false, false, false, false, false))
                .body("timeline[4].note", equalTo("Venteliste til januar"));
        as("asker.coordinator").queryParam("closed", true).queryParam("size", 200).when().get(PATH + "/outbox").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void everyStepTheLifecycleDoesNotAllowIsRefusedNamingTheStepsThatAre() {
        World world = world();
        String id = sent(world);
        for (String step : new String[] {"start", "hold", "resume", "complete", "fail"}) {
            as(RECEIVER).body("{\"outcome\": \"delivered\", \"reason\": \"moved\"}").when().post(PATH + "/" + id + "/" + step).then()
                    .statusCode(409).contentType("application/problem+json").body("type", equalTo("urn:helhet:problem:referral-step-not-allowed"))
                    .body("status", equalTo("requested")).body("allowedSteps", contains("accept", "reject"));
        }
        as("asker.coordinator").when().post(PATH + "/" + id + "/request").then().statusCode(409).body("allowedSteps", contains("cancel"));
        step(RECEIVER, id, "accept", "{}", 200);
        for (String step : new String[] {"accept", "reject", "resume", "complete"}) {
            as(RECEIVER).body("{\"outcome\": \"delivered\", \"reason\": \"other\", \"note\": \"x\"}").when().post(PATH + "/" + id + "/" + step).then()
                    .statusCode(409).body("allowedSteps", contains("start", "hold", "fail"));
        }
        step(RECEIVER, id, "hold", "{}", 200);
        as(RECEIVER).when().post(PATH + "/" + id + "/start").then().statusCode(409).body("allowedSteps", contains("resume", "fail"));
        step(RECEIVER, id, "resume", "{}", 200);
        as("asker.coordinator").body("{\"note\": \"Personen flytter\"}").when().post(PATH + "/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("cancelled"));
        as(RECEIVER).when().post(PATH + "/" + id + "/start").then().statusCode(409).body("allowedSteps", empty());
        as("asker.coordinator").when().post(PATH + "/" + id + "/cancel").then().statusCode(409).body("allowedSteps", empty());
    }

    @Test
    void eachSideTakesOnlyItsOwnStepsAndNobodyElseSeesTheReferral() {
        World world = world();
        String id = sent(world);
        as(RECEIVER).when().post(PATH + "/" + id + "/cancel").then().statusCode(403)
                .body("type", equalTo("urn:helhet:problem:referral-step-not-yours"));
        as("asker.coordinator").when().post(PATH + "/" + id + "/accept").then().statusCode(403)
                .body("type", equalTo("urn:helhet:problem:referral-step-not-yours"));
        // On the team but without the person's consent: not on the sending side, and not of the receiving service either.
        as("asker.professional").when().get(PATH + "/" + id).then().statusCode(404);
        as("asker.professional").when().post(PATH + "/" + id + "/accept").then().statusCode(404);
        as("harstad.coordinator").when().get(PATH + "/" + id).then().statusCode(404);
        as("asker.admin").when().get(PATH + "/" + id).then().statusCode(403);
        // The attempts are in the person's access log, as refusals: the two steps of the other side, and the two strangers.
        assertEquals(4, ServiceBasics.count("referrals", ("select count(*) from outbox_event where event_type = 'PersonalDataAccessed'"
                + " and message_key = '%s' and envelope::jsonb -> 'payload' ->> 'outcome' = 'denied'").formatted(world.person())));
    }

    @Test
    void aRevokedConsentClosesTheHandoverToTheReceiverAtOnce() {
        World world = world();
        String consent = CareTopics.consentTo(world.receivingOrganisation(), world.person(), "basic", "education");
        String id = as("asker.coordinator").body(referral(world, true)).when().post(PATH).then().statusCode(201).extract().path("id");
        step(RECEIVER, id, "accept", "{}", 200);
        as(RECEIVER).when().get(PATH + "/" + id).then().statusCode(200).body("handover.goals", hasSize(1));
        CareTopics.revoked(consent, world.person());
        CareTopics.consentTo(world.receivingOrganisation(), world.person(), "basic");
        as(RECEIVER).when().get(PATH + "/" + id).then().statusCode(200).body("handover.goals", empty()).body("handover.actions", empty())
                .body("handover.summary", equalTo("Har fullført A2; ønsker B1 før jobbstart"));
    }

    @Test
    void aTeamMemberRefersWithinTheirConsentAndLosesSightOfItWhenTheConsentNarrows() {
        World world = world();
        String navConsent = CareTopics.consentToNav(world.person(), "basic", "education");
        CareTopics.consentTo(world.receivingOrganisation(), world.person(), "basic", "education");
        String fromNav = referral(world, true).replace("\"fromOrganisationId\": \"" + world.coordinatorOrganisation() + "\"",
                "\"fromOrganisationId\": \"" + CareTopics.NAV + "\"");
        String id = as("asker.professional").body(fromNav).when().post(PATH).then().statusCode(201).extract().path("id");
        as("asker.professional").queryParam("size", 200).when().get(PATH + "/outbox").then().statusCode(200).body("items.id", hasItem(id));
        as("asker.professional").body(fromNav.replace("\"categories\": [\"education\"]", "\"categories\": [\"education\", \"health\"]"))
                .when().post(PATH).then().statusCode(400).body("errors[0].code", equalTo("not-yours-to-share"));
        CareTopics.revoked(navConsent, world.person());
        CareTopics.consentToNav(world.person(), "basic");
        as("asker.professional").queryParam("size", 200).when().get(PATH + "/outbox").then().statusCode(200).body("items.id", not(hasItem(id)));
        as("asker.professional").queryParam("participantId", world.person()).queryParam("size", 200).when().get(PATH).then().statusCode(200).body("items", empty());
        as("asker.professional").when().get(PATH + "/" + id).then().statusCode(404);
        as("asker.coordinator").queryParam("scope", "organisation").queryParam("size", 200).when().get(PATH + "/outbox").then().statusCode(200).body("items.id", not(hasItem(id)));
        as("asker.coordinator").queryParam("participantId", world.person()).queryParam("size", 200).when().get(PATH).then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void aRejectionNeedsAReasonAndAnOtherReasonNeedsWords() {
        World world = world();
        String id = sent(world);
        as(RECEIVER).body("{}").when().post(PATH + "/" + id + "/reject").then().statusCode(400)
                .body("errors[0].field", equalTo("reason")).body("errors[0].code", equalTo("required"));
        as(RECEIVER).body("{\"reason\": \"too-busy\"}").when().post(PATH + "/" + id + "/reject").then().statusCode(400)
                .body("errors[0].code", equalTo("unknown-code"));
        as(RECEIVER).body("{\"reason\": \"other\"}").when().post(PATH + "/" + id + "/reject").then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        as(RECEIVER).body("{\"reason\": \"no-capacity\", \"note\": \"Fullt til mars\"}").when().post(PATH + "/" + id + "/reject").then()
                .statusCode(200).body("status", equalTo("rejected")).body("rejectionReason", equalTo("no-capacity")).body("handover", nullValue());
        as("asker.coordinator").when().get(PATH + "/" + id).then().statusCode(200).body("closingNote", equalTo("Fullt til mars"));
        as(RECEIVER).queryParam("size", 200).when().get(PATH + "/inbox").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(RECEIVER).queryParam("closed", true).queryParam("size", 200).when().get(PATH + "/inbox").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void nothingGoesOutWithoutAConsentCoveringTheReceivingOrganisation() {
        World world = world();
        String draft = as("asker.coordinator").body(referral(world, false)).when().post(PATH).then().statusCode(201)
                .body("status", equalTo("draft")).body("allowedSteps", contains("request", "cancel")).extract().path("id");
        // The receiving service does not see a draft at all.
        as(RECEIVER).when().get(PATH + "/" + draft).then().statusCode(404);
        as("asker.coordinator").when().post(PATH + "/" + draft + "/request").then().statusCode(409)
                .body("type", equalTo("urn:helhet:problem:consent-required")).body("missingCategories", contains("basic", "education"));
        as("asker.coordinator").body(referral(world, true)).when().post(PATH).then().statusCode(409)
                .body("missingCategories", contains("basic", "education"));
        // A consent for basic information only is not enough for a referral sharing education.
        CareTopics.consentTo(world.receivingOrganisation(), world.person(), "basic");
        as("asker.coordinator").when().post(PATH + "/" + draft + "/request").then().statusCode(409).body("missingCategories", contains("education"));
        CareTopics.consentTo(world.receivingOrganisation(), world.person(), "education");
        as("asker.coordinator").when().post(PATH + "/" + draft + "/request").then().statusCode(200).body("status", equalTo("requested"));
        // A draft withdrawn before it was sent stays unknown to the receiving organisation.
        String withdrawn = as("asker.coordinator").body(referral(world, false)).when().post(PATH).then().statusCode(201).extract().path("id");
        step("asker.coordinator", withdrawn, "cancel", "{}", 200);
        as(RECEIVER).when().get(PATH + "/" + withdrawn).then().statusCode(404);
        as(RECEIVER).queryParam("closed", true).queryParam("size", 200).when().get(PATH + "/inbox").then().statusCode(200).body("items.id", hasItem(draft))
                .body("items.id", not(hasItem(withdrawn)));
        assertEquals(0, ServiceBasics.count("referrals", "select count(*) from referral where participant_id = '%s' and status = 'requested' and id <> '%s'"
                .formatted(world.person(), draft)), "the refused sends left nothing behind");
    }

    @Test
    void theSenderSharesOnlyWhatTheyMaySeeAndTheHandoverOnlyInTheCategoriesShared() {
        World world = world();
        as("asker.coordinator").body(referral(world, false).replace("\"categories\": [\"education\"]", "\"categories\": []")).when().post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("handover.goals[0].category")).body("errors[0].code", equalTo("not-shared"));
        as("asker.coordinator").body(referral(world, false).replace(world.service(), "00000000-0000-4000-8000-000000000000")).when().post(PATH)
                .then().statusCode(404);
        as("asker.coordinator").body(referral(world, false).replace("\"fromOrganisationId\": \"" + world.coordinatorOrganisation() + "\"",
                "\"fromOrganisationId\": \"" + world.receivingOrganisation() + "\"")).when().post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("fromOrganisationId")).body("errors[0].code", equalTo("not-a-member"));
        as("asker.coordinator").body(referral(world, false).replace("\"reason\": \"Ønsker norsk på kveldstid ved siden av praksis\"", "\"reason\": \" \""))
                .when().post(PATH).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as("harstad.coordinator").body(referral(world, false)).when().post(PATH).then().statusCode(404);
        // Left out, the sender is the organisation the caller coordinates the person for, whatever else they work for.
        CareTopics.professional("asker.coordinator", world.receivingOrganisation());
        as("asker.coordinator").body(referral(world, false).replace("\"fromOrganisationId\": \"" + world.coordinatorOrganisation() + "\", ", ""))
                .when().post(PATH).then().statusCode(201).body("sendingOrganisation.id", equalTo(world.coordinatorOrganisation()));
    }

    @Test
    void theInboxFlagsAReferralUnansweredPastTheWorkingDaysAllowedAndOneWaitingLongerThanStated() {
        World world = world();
        String late = sent(world);
        String fresh = sent(world);
        // Sent six weeks ago: past five working days whatever the holidays, and past the directory's 14 days' wait.
        ServiceBasics.execute("referrals", "update referral set requested_at = now() - interval '42 days' where id = '%s'".formatted(late));
        as(RECEIVER).queryParam("size", 200).when().get(PATH + "/inbox").then().statusCode(200)
                .body("items.find { it.id == '%s' }.flags".formatted(late), contains("no-answer", "waiting-longer-than-stated"))
                .body("items.find { it.id == '%s' }.flags".formatted(fresh), empty())
                .body("items.find { it.id == '%s' }.answerDueBy".formatted(fresh), not(nullValue()));
        step(RECEIVER, late, "accept", "{}", 200);
        as(RECEIVER).queryParam("scope", "mine").queryParam("size", 200).when().get(PATH + "/inbox").then().statusCode(200)
                .body("items.find { it.id == '%s' }.flags".formatted(late), contains("waiting-longer-than-stated"))
                .body("items.id", not(hasItem(fresh)));
        as("asker.coordinator").queryParam("size", 200).when().get(PATH + "/outbox").then().statusCode(200).body("items.id", hasItem(late)).body("items.id", hasItem(fresh));
        as(RECEIVER).queryParam("scope", "everyone").when().get(PATH + "/inbox").then().statusCode(400).body("errors[0].field", equalTo("scope"));
    }

    @Test
    void anAdminSetsTheCountryAndTheWorkingDaysToAnswerIn() {
        as("asker.coordinator").when().get(PATH + "/settings").then().statusCode(200);
        int version = as("asker.admin").when().get(PATH + "/settings").then().statusCode(200).extract().path("version");
        as("asker.admin").body("{\"country\": \"NO\", \"answerWithinWorkingDays\": 3, \"version\": %d}".formatted(version)).when()
                .put(PATH + "/settings").then().statusCode(200).body("answerWithinWorkingDays", equalTo(3)).body("version", equalTo(version + 1));
        as("asker.admin").body("{\"country\": \"NO\", \"answerWithinWorkingDays\": 4, \"version\": %d}".formatted(version)).when()
                .put(PATH + "/settings").then().statusCode(409).body("type", equalTo("urn:helhet:problem:stale-version"));
        as("asker.admin").body("{\"country\": \"FI\", \"answerWithinWorkingDays\": 4, \"version\": %d}".formatted(version + 1)).when()
                .put(PATH + "/settings").then().statusCode(400);
        as("asker.coordinator").body("{\"country\": \"NO\", \"answerWithinWorkingDays\": 4, \"version\": %d}".formatted(version + 1)).when()
                .put(PATH + "/settings").then().statusCode(403);
        // Back to five days, so that the other tests' flags stay as they reckon.
        as("asker.admin").body("{\"country\": \"NO\", \"answerWithinWorkingDays\": 5, \"version\": %d}".formatted(version + 1)).when()
                .put(PATH + "/settings").then().statusCode(200);
    }

    /** Every list of the referrals API answers pages of the same shape with the same limits (docs/adr/0040). */
    @Test
    void everyListIsPaged() {
        World world = world();
        for (int sent = 0; sent < 3; sent++) {
            sent(world);
        }
        PagedLists.assertPaged(() -> as("asker.coordinator").queryParam("participantId", world.person()), PATH, 3);
        PagedLists.assertPaged(() -> as(RECEIVER), PATH + "/inbox", 3);
        PagedLists.assertPaged(() -> as("asker.coordinator"), PATH + "/outbox", 3);
        PagedLists.assertPaged(() -> as("asker.coordinator").queryParam("q", "kveldstid"), PATH + "/services", 1);
        PagedLists.assertPaged(() -> as("asker.admin"), PATH + "/transition-rules", 2);
        // A person with no transfer and no transition due yet: the shape and the limits.
        PagedLists.assertPagedShape(() -> as("asker.coordinator").queryParam("participantId", world.person()), PATH + "/transfers");
        PagedLists.assertPagedShape(() -> as("asker.coordinator").queryParam("participantId", world.person()), PATH + "/transitions");
        PagedLists.assertPagedShape(() -> as("harstad.teamlead"), PATH + "/transfers/incoming");
    }

    @Test
    void aReferralTakesAHundredStepsAtMost() {
        World world = world();
        String id = sent(world);
        step(RECEIVER, id, "accept", "{}", 200);
        int taken = as(RECEIVER).when().get(PATH + "/" + id).then().statusCode(200).extract().path("timeline.size()");
        for (boolean held = false; taken < ReferralService.MOST_STEPS; taken++, held = !held) {
            step(RECEIVER, id, held ? "resume" : "hold", "{}", 200);
        }
        String next = as(RECEIVER).when().get(PATH + "/" + id).then().extract().path("status").equals("on-hold") ? "resume" : "hold";
        as(RECEIVER).body("{}").when().post(PATH + "/" + id + "/" + next).then().statusCode(409)
                .body("type", equalTo("urn:helhet:problem:limit-reached"));
        as(RECEIVER).when().get(PATH + "/" + id).then().statusCode(200).body("timeline", hasSize(ReferralService.MOST_STEPS));
    }
}
