package dev.helhet.testing;

import dev.helhet.contracts.Topics;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Plays the participants and coordinators services on the real topics, so that a service using the care-access module
 * learns who the person is and who is around them through its own consumers, and waits until each fact is projected in
 * that service's database (the Quarkus application under test).
 */
public final class CareTopics {

    public static final String REFUGEE_SERVICE = "5e6f7a8b-9c0d-4e1f-8a2b-4c5d6e7f8a9b";
    public static final String NAV = "6f7a8b9c-0d1e-4f2a-9b3c-5d6e7f8a9b0c";

    private CareTopics() {
    }

    /** A person, their coordinator (asker.coordinator, refugee service) and a NAV adviser on the team (asker.professional). */
    public record Team(String person, String coordinator, String adviser) {
    }

    /** A new person with asker.coordinator as coordinator and asker.professional on the team for NAV, without consent yet. */
    public static Team team() {
        String person = person();
        String coordinator = professional("asker.coordinator", REFUGEE_SERVICE);
        coordinates(coordinator, person);
        String adviser = professional("asker.professional", NAV);
        onTeamForNav(adviser, person);
        return new Team(person, coordinator, adviser);
    }

    /** A person registered in Asker; answers the id once this service knows them. */
    public static String person() {
        String id = UUID.randomUUID().toString();
        send(Topics.PARTICIPANTS_PARTICIPANT_V1, id, "ParticipantRegistered", "{\"participantId\": \"%s\"}".formatted(id));
        projected("care_person where participant_id = '%s'".formatted(id));
        return id;
    }

    /**
     * A person registered in Asker by an actor of this type ({@code user} or {@code service}) with a demo user's subject;
     * answers the id once this service knows them.
     */
    public static String personRegisteredBy(String actorType, String username) {
        String id = UUID.randomUUID().toString();
        send(Topics.PARTICIPANTS_PARTICIPANT_V1, id, "ParticipantRegistered", "{\"participantId\": \"%s\"}".formatted(id),
                "{\"type\": \"%s\", \"subject\": \"%s\"}".formatted(actorType, Tokens.subject(username)));
        projected("care_person where participant_id = '%s'".formatted(id));
        return id;
    }

    /** A demo user as a professional of an organisation, under a fresh id; answers the id. */
    public static String professional(String username, String organisation) {
        String id = UUID.randomUUID().toString();
        send(Topics.COORDINATORS_PROFESSIONAL_V1, id, "ProfessionalRegistered",
                "{\"professionalId\": \"%s\", \"subject\": \"%s\", \"organisationIds\": [\"%s\"]}".formatted(id, Tokens.subject(username), organisation));
        projected("care_professional where professional_id = '%s'".formatted(id));
        return id;
    }

    /** An organisation of the registry serving these municipalities; answers its id once this service knows it. */
    public static String organisation(String... municipalities) {
        return named("Tjeneste", municipalities);
    }

    /** A named organisation of the registry serving these municipalities; answers its id once this service knows it. */
    public static String named(String name, String... municipalities) {
        return ofType("other", name, municipalities);
    }

    /** A named organisation of a kind (nav-office, adult-education, ...) serving these municipalities; answers its id once known. */
    public static String ofType(String type, String name, String... municipalities) {
        String id = UUID.randomUUID().toString();
        send(Topics.COORDINATORS_ORGANISATION_V1, id, "OrganisationRegistered", "{\"organisationId\": \"%s\", \"name\": \"%s\", \"type\": \"%s\", \"municipalityIds\": [%s]}"
                .formatted(id, name, type, String.join(", ", java.util.Arrays.stream(municipalities).map(m -> "\"" + m + "\"").toList())));
        projected("(select distinct organisation_id from care_organisation_municipality where organisation_id = '%s') o".formatted(id));
        return id;
    }

    public static void coordinates(String professionalId, String participantId) {
        send(Topics.COORDINATORS_ASSIGNMENT_V1, participantId, "CoordinatorAssigned",
                "{\"assignmentId\": \"%s\", \"participantId\": \"%s\", \"professionalId\": \"%s\", \"organisationId\": \"%s\"}"
                        .formatted(UUID.randomUUID(), participantId, professionalId, REFUGEE_SERVICE));
        projected("care_assignment where participant_id = '%s' and professional_id = '%s'".formatted(participantId, professionalId));
    }

    public static void onTeamForNav(String professionalId, String participantId) {
        onTeamFor(professionalId, participantId, NAV);
    }

    /** The professional on the person's team for an organisation (as coordinators says when a referral is accepted). */
    public static void onTeamFor(String professionalId, String participantId, String organisation) {
        String member = UUID.randomUUID().toString();
        send(Topics.COORDINATORS_TEAM_V1, participantId, "TeamMemberAdded",
                "{\"memberId\": \"%s\", \"participantId\": \"%s\", \"professionalId\": \"%s\", \"organisationId\": \"%s\", \"role\": \"veileder\"}"
                        .formatted(member, participantId, professionalId, organisation));
        projected("care_team_member where member_id = '%s'".formatted(member));
    }

    /** The person's consent to NAV for these categories (codes); answers its id. */
    public static String consentToNav(String participantId, String... categories) {
        return consentTo(NAV, participantId, categories);
    }

    /** The person's consent to an organisation for these categories (codes), from a minute ago for 90 days; answers its id. */
    public static String consentTo(String organisation, String participantId, String... categories) {
        String consent = UUID.randomUUID().toString();
        send(Topics.PARTICIPANTS_CONSENT_V1, consent, "ConsentGranted", """
                {"consentId": "%s", "participantId": "%s", "receiverType": "organisation", "receiverOrganisationId": "%s",
                 "categories": [%s], "validFrom": "%s", "validTo": "%s"}""".formatted(consent, participantId, organisation,
                String.join(", ", java.util.Arrays.stream(categories).map(c -> "\"" + c + "\"").toList()),
                Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(90))));
        projected("care_consent where consent_id = '%s'".formatted(consent));
        return consent;
    }

    /** The person enrolled in a programme with a planned end; answers the enrolment's id (not waited for: no projection says so). */
    public static String enrolled(String participantId, String programme, java.time.LocalDate plannedEnd) {
        String enrolment = UUID.randomUUID().toString();
        send(Topics.PARTICIPANTS_PARTICIPANT_V1, participantId, "ProgrammeEnrolled", """
                {"participantId": "%s", "enrolmentId": "%s", "programme": "%s", "startDate": "2026-01-05", "plannedEndDate": "%s",
                 "settlementDate": null, "lateStart": false}""".formatted(participantId, enrolment, programme, plannedEnd));
        return enrolment;
    }

    public static void extended(String participantId, String enrolmentId, java.time.LocalDate plannedEnd) {
        send(Topics.PARTICIPANTS_PARTICIPANT_V1, participantId, "ProgrammeExtended",
                "{\"participantId\": \"%s\", \"enrolmentId\": \"%s\", \"plannedEndDate\": \"%s\"}".formatted(participantId, enrolmentId, plannedEnd));
    }

    public static void ended(String participantId, String enrolmentId, String programme) {
        send(Topics.PARTICIPANTS_PARTICIPANT_V1, participantId, "ProgrammeEnded", """
                {"participantId": "%s", "enrolmentId": "%s", "programme": "%s", "endDate": "2027-06-30", "reason": "work"}"""
                .formatted(participantId, enrolmentId, programme));
    }

    public static void revoked(String consentId, String participantId) {
        send(Topics.PARTICIPANTS_CONSENT_V1, consentId, "ConsentRevoked",
                "{\"consentId\": \"%s\", \"participantId\": \"%s\", \"revokedAt\": \"%s\"}".formatted(consentId, participantId, Instant.now()));
        projected("care_consent where consent_id = '%s' and status = 'revoked'".formatted(consentId));
    }

    private static void projected(String rowsWhere) {
        await().atMost(Duration.ofSeconds(20)).until(() -> ServiceBasics.count(service(), "select count(*) from " + rowsWhere) == 1);
    }

    /** The service under test, whose database the projections are in. */
    private static String service() {
        return ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
    }

    private static void send(String topic, String key, String type, String payload) {
        send(topic, key, type, payload, "{\"type\": \"system\", \"subject\": \"" + service() + "-test\"}");
    }

    private static void send(String topic, String key, String type, String payload, String actor) {
        KafkaProbe.send(topic, key, """
                {"eventId": "%s", "eventType": "%s", "eventVersion": 1, "occurredAt": "%s", "municipalityId": "asker",
                 "aggregateId": "%s", "actor": %s, "traceparent": null, "payload": %s}"""
                .formatted(UUID.randomUUID(), type, Instant.now(), key, actor, payload));
    }
}
