package dev.helhet.coordinators.rest;

import dev.helhet.contracts.Topics;
import dev.helhet.coordinators.support.ParticipantEvents;
import dev.helhet.coordinators.support.Registry;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static dev.helhet.coordinators.support.Registry.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The team around a person, and consent as the gate for professionals from other organisations. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "coordinators"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class TeamTest {

    @Test
    void readsAndRefusalsOfTheTeamGoToTheAccessLogTopic() {
        Registry.asker();
        String person = ParticipantEvents.registered("asker");
        String team = "/api/v1/coordinators/participants/" + person + "/team";
        try (KafkaProbe audit = KafkaProbe.watch(Topics.AUDIT_ACCESS_V1)) {
            as("asker.professional").when().get(team).then().statusCode(404);
            as("asker.teamlead").when().get(team).then().statusCode(200);

            KafkaProbe.Received denied = audit.await(r -> person.equals(r.key()) && "denied".equals(r.envelope().at("/payload/outcome").asText())
                            && "team".equals(r.envelope().at("/payload/resource").asText()),
                    Duration.ofSeconds(15)).orElseThrow(() -> new AssertionError("the refusal was not logged"));
            assertEquals("coordinators", denied.envelope().at("/payload/service").asText());
            assertEquals("read", denied.envelope().at("/payload/action").asText());
            assertEquals("professional", denied.envelope().at("/payload/actorRoles/0").asText());
            KafkaProbe.Received permitted = audit.await(r -> person.equals(r.key()) && "permitted".equals(r.envelope().at("/payload/outcome").asText())
                            && "team".equals(r.envelope().at("/payload/resource").asText()),
                    Duration.ofSeconds(15)).orElseThrow(() -> new AssertionError("the read was not logged"));
            assertEquals("PersonalDataAccessed", permitted.eventType());
            assertEquals("asker", permitted.envelope().at("/municipalityId").asText());
            assertTrue(permitted.envelope().at("/payload/actorRoles").toString().contains("team-lead"));
            assertEquals(Tokens.subject("asker.teamlead"), permitted.envelope().at("/actor/subject").asText());
        }
    }

    @Test
    void aRefusalAcrossMunicipalitiesIsLoggedForTheMunicipalityThatHoldsThePerson() {
        Registry.asker();
        String person = ParticipantEvents.registered("asker");
        try (KafkaProbe audit = KafkaProbe.watch(Topics.AUDIT_ACCESS_V1)) {
            as("harstad.coordinator").when().get("/api/v1/coordinators/participants/" + person + "/team").then().statusCode(404);
            String harstad = Tokens.subject("harstad.coordinator");
            KafkaProbe.Received denied = audit.await(r -> person.equals(r.key()) && harstad.equals(r.envelope().at("/actor/subject").asText()),
                    Duration.ofSeconds(15)).orElseThrow(() -> new AssertionError("the refusal was not logged"));
            assertEquals("denied", denied.envelope().at("/payload/outcome").asText());
            assertEquals("asker", denied.envelope().at("/municipalityId").asText(), "the person's municipality keeps the trace");
        }
    }

    @Test
    void aConsentThatRunsOutShutsTheDoorBeforeAnyEventSaysSo() {
        Registry registry = Registry.asker();
        String person = ParticipantEvents.registered("asker");
        String base = "/api/v1/coordinators/participants/" + person;
        as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(registry.coordinator, registry.refugeeService))
                .when().put(base + "/coordinator").then().statusCode(200);
        // Long enough for the consent to be projected and the member added first, even on a busy machine.
        Instant runsOut = Instant.now().plusSeconds(10);
        ParticipantEvents.consentGranted(person, "asker", registry.nav, List.of("basic"), runsOut);
        String navMember = "{\"professionalId\": \"%s\", \"organisationId\": \"%s\", \"role\": \"veileder\"}".formatted(registry.professional, registry.nav);
        await().atMost(Duration.ofSeconds(8)).untilAsserted(() ->
                as("asker.coordinator").body(navMember).when().post(base + "/team/members").then().statusCode(200));
        as("asker.professional").when().get(base + "/team").then().statusCode(200).body("members[0].suspended", equalTo(false));
        assertTrue(Instant.now().isBefore(runsOut), "the member was admitted while the consent ran");

        // No ConsentExpired is sent: the consent's own end is enough, for access and for what the team view says.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> Instant.now().isAfter(runsOut));
        as("asker.professional").when().get(base + "/team").then().statusCode(404);
        as("asker.coordinator").when().get(base + "/team").then().statusCode(200)
                .body("members[0].suspended", equalTo(true))
                .body("members[0].suspensionReason", equalTo("no-consent"));
    }

    @Test
    void aRevokedConsentSuspendsAMemberWithinSecondsAndANewOneRestoresThem() {
        Registry registry = Registry.asker();
        String person = ParticipantEvents.registered("asker");
        String base = "/api/v1/coordinators/participants/" + person;
        as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(registry.coordinator, registry.refugeeService))
                .when().put(base + "/coordinator").then().statusCode(200);

        String navMember = "{\"professionalId\": \"%s\", \"organisationId\": \"%s\", \"role\": \"veileder\"}".formatted(registry.professional, registry.nav);
        as("asker.coordinator").body(navMember).when().post(base + "/team/members")
                .then().statusCode(409).body("type", equalTo("urn:helhet:problem:consent-required"));
        as("asker.professional").when().get(base + "/team").then().statusCode(404);

        String healthOnly = ParticipantEvents.consentGranted(person, "asker", registry.nav, List.of("health"), Instant.now().plus(90, ChronoUnit.DAYS));
        String consent = ParticipantEvents.consentGranted(person, "asker", registry.nav, List.of("basic", "plan"),
                Instant.now().plus(90, ChronoUnit.DAYS));
        try (KafkaProbe team = KafkaProbe.watch(Topics.COORDINATORS_TEAM_V1)) {
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    as("asker.coordinator").body(navMember).when().post(base + "/team/members").then().statusCode(200));
            as("asker.professional").when().get(base + "/team").then().statusCode(200)
                    .body("members", hasSize(1))
                    .body("members[0].organisationName", equalTo("NAV Asker"))
                    .body("members[0].suspended", equalTo(false))
                    .body("coordinator.professionalName", equalTo("Aisha Koordinator"));
            assertEquals("TeamMemberAdded", team.await(r -> person.equals(r.key()), Duration.ofSeconds(15)).orElseThrow().eventType());

            Instant revoked = Instant.now();
            ParticipantEvents.consentRevoked(consent, person, "asker");
            KafkaProbe.Received suspended = team.await(r -> person.equals(r.key()) && r.eventType().equals("TeamMemberSuspended"),
                    Duration.ofSeconds(15)).orElseThrow(() -> new AssertionError("no TeamMemberSuspended"));
            assertEquals("consent-revoked", suspended.envelope().at("/payload/reason").asText());
            long seconds = Duration.between(revoked, Instant.ofEpochMilli(suspended.record().timestamp())).toSeconds();
            assertTrue(seconds < 5, "suspended " + seconds + " s after the revocation");
            as("asker.professional").when().get(base + "/team").then().statusCode(404);
            as("asker.coordinator").when().get(base + "/team").then().statusCode(200)
                    .body("members[0].suspended", equalTo(true))
                    .body("members[0].suspensionReason", equalTo("consent-revoked"));

            ParticipantEvents.consentGranted(person, "asker", null, List.of("basic"), Instant.now().plus(30, ChronoUnit.DAYS));
            team.await(r -> person.equals(r.key()) && r.eventType().equals("TeamMemberReinstated"), Duration.ofSeconds(15))
                    .orElseThrow(() -> new AssertionError("no TeamMemberReinstated"));
            as("asker.professional").when().get(base + "/team").then().statusCode(200).body("members[0].suspended", equalTo(false));
        }
        assertTrue(healthOnly != null);
    }

    @Test
    void whoeverAcceptsAReferralJoinsTheTeamForTheReceivingOrganisationOnce() {
        Registry registry = Registry.asker();
        String person = ParticipantEvents.registered("asker");
        String base = "/api/v1/coordinators/participants/" + person;
        as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(registry.coordinator, registry.refugeeService))
                .when().put(base + "/coordinator").then().statusCode(200);
        ParticipantEvents.consentGranted(person, "asker", registry.nav, List.of("basic", "plan"), Instant.now().plus(90, ChronoUnit.DAYS));
        try (KafkaProbe team = KafkaProbe.watch(Topics.COORDINATORS_TEAM_V1)) {
            // A professional who does not work for the receiving organisation joins nobody's team by a referral.
            ParticipantEvents.referralAccepted(person, "asker", registry.coordinator, registry.nav);
            ParticipantEvents.referralAccepted(person, "asker", registry.professional, registry.nav);
            KafkaProbe.Received added = team.await(r -> person.equals(r.key()) && r.eventType().equals("TeamMemberAdded"), Duration.ofSeconds(15))
                    .orElseThrow(() -> new AssertionError("no TeamMemberAdded"));
            assertEquals("referral", added.envelope().at("/payload/role").asText());
            assertEquals(registry.professional, added.envelope().at("/payload/professionalId").asText());
        }
        // The same professional accepting again (another referral, or the event delivered twice) adds nobody.
        ParticipantEvents.referralAccepted(person, "asker", registry.professional, registry.nav);
        KafkaProbe.awaitCaughtUp(ConfigProvider.getConfig().getValue("kafka.group.id", String.class), Topics.REFERRALS_REFERRAL_V1,
                Duration.ofSeconds(30));
        as("asker.coordinator").when().get(base + "/team").then().statusCode(200)
                .body("members", hasSize(1))
                .body("members[0].professionalId", equalTo(registry.professional))
                .body("members[0].organisationName", equalTo("NAV Asker"))
                .body("members[0].role", equalTo("referral"))
                .body("members[0].suspended", equalTo(false));
        as("asker.professional").when().get(base + "/team").then().statusCode(200);
    }

    @Test
    void showsTheNetworkAndManagesMembers() {
        Registry registry = Registry.asker();
        String person = ParticipantEvents.registered("asker");
        String base = "/api/v1/coordinators/participants/" + person;
        String sister = UUID.randomUUID().toString();
        ParticipantEvents.networkPersonAdded(person, "asker", sister, true);
        as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(registry.coordinator, registry.refugeeService))
                .when().put(base + "/coordinator").then().statusCode(200);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> as("asker.coordinator").when().get(base + "/team").then()
                .body("network", hasSize(1)).body("network[0].networkPersonId", equalTo(sister))
                .body("network[0].joinsFollowUpMeetings", equalTo(true)));

        // A colleague from the coordinator's own organisation needs no consent.
        String colleague = as("asker.coordinator").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\", \"role\": \"miljøterapeut\"}"
                        .formatted(registry.teamLead, registry.refugeeService))
                .when().post(base + "/team/members").then().statusCode(200).extract().path("members[0].id");
        as("asker.coordinator").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\", \"role\": \"x\"}"
                        .formatted(registry.teamLead, registry.refugeeService))
                .when().post(base + "/team/members").then().statusCode(409).body("type", equalTo("urn:helhet:problem:already-on-team"));
        as("asker.coordinator").when().delete(base + "/team/members/" + colleague).then().statusCode(200).body("members", hasSize(0));
        as("asker.coordinator").when().delete(base + "/team/members/" + colleague).then().statusCode(404);
        as("asker.coordinator").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\", \"role\": \"\"}"
                        .formatted(registry.teamLead, registry.refugeeService))
                .when().post(base + "/team/members").then().statusCode(400).body("errors[0].field", equalTo("role"));
    }
}
