package dev.helhet.participants.rest;

import dev.helhet.contracts.Topics;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.Tokens;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Plays the coordinators service: sends its events to the real Kafka topics, as it would, so the
 * participants service learns who is on whose team through its own consumers.
 */
final class CareEvents {

    static final String NAV = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    static final String REFUGEE_SERVICE = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e";

    private static boolean organisationsKnown;

    private CareEvents() {
    }

    /**
     * NAV and the refugee service as organisations serving Asker, and one serving only Harstad: a consent may
     * name only an organisation that serves the person's municipality. Waits until the service has them.
     */
    static synchronized void organisations() {
        if (organisationsKnown) {
            return;
        }
        organisation(NAV, "asker");
        organisation(REFUGEE_SERVICE, "asker");
        organisation(HEALTH_SERVICE, "asker");
        organisation(HARSTAD_SERVICE, "harstad");
        organisationsKnown = true;
    }

    static final String HARSTAD_SERVICE = "3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f";
    /** Nobody in the tests works for it. */
    static final String HEALTH_SERVICE = "4d5e6f7a-8b9c-4d0e-9f1a-3b4c5d6e7f8a";
    private static boolean coordinatorKnown;

    /** The demo coordinator as a professional of the refugee service, once per test run. */
    static synchronized void coordinatorKnown() {
        if (!coordinatorKnown) {
            professional("asker.coordinator", REFUGEE_SERVICE);
            coordinatorKnown = true;
        }
    }

    static void organisation(String organisationId, String municipality) {
        send(Topics.COORDINATORS_ORGANISATION_V1, organisationId, "OrganisationRegistered",
                "{\"organisationId\": \"%s\", \"name\": \"x\", \"type\": \"nav-office\", \"municipalityIds\": [\"%s\"]}"
                        .formatted(organisationId, municipality));
        arrived("select count(*) from care_organisation_municipality where organisation_id = '%s' and municipality_id = '%s'"
                .formatted(organisationId, municipality));
    }

    /** Waits for exactly an event's effect, the projection row it makes, never for something that held before it. */
    private static void arrived(String countQuery) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> dev.helhet.testing.ServiceBasics.count("participants", countQuery) == 1);
    }

    /**
     * Registers a demo user as a new professional of an organisation; answers the professional id.
     * A fresh id each time, so absences and teams left by an earlier run on the same database grant nothing.
     */
    static String professional(String username, String organisation) {
        String id = UUID.randomUUID().toString();
        send(Topics.COORDINATORS_PROFESSIONAL_V1, id, "ProfessionalRegistered",
                "{\"professionalId\": \"%s\", \"subject\": \"%s\", \"organisationIds\": [\"%s\"]}".formatted(id, Tokens.subject(username), organisation));
        arrived("select count(*) from care_professional where professional_id = '%s'".formatted(id));
        return id;
    }

    static void coordinator(String participantId, String professionalId, String organisation) {
        send(Topics.COORDINATORS_ASSIGNMENT_V1, participantId, "CoordinatorAssigned",
                "{\"assignmentId\": \"%s\", \"participantId\": \"%s\", \"professionalId\": \"%s\", \"organisationId\": \"%s\"}"
                        .formatted(UUID.randomUUID(), participantId, professionalId, organisation));
    }

    /** Adds a team member; answers the membership id. */
    static String member(String participantId, String professionalId, String organisation) {
        String member = UUID.randomUUID().toString();
        send(Topics.COORDINATORS_TEAM_V1, participantId, "TeamMemberAdded",
                "{\"memberId\": \"%s\", \"participantId\": \"%s\", \"professionalId\": \"%s\", \"organisationId\": \"%s\", \"role\": \"veileder\"}"
                        .formatted(member, participantId, professionalId, organisation));
        return member;
    }

    static String absence(String professionalId, String deputyId, LocalDate from, LocalDate to) {
        String absence = UUID.randomUUID().toString();
        send(Topics.COORDINATORS_PROFESSIONAL_V1, professionalId, "AbsenceRecorded",
                "{\"absenceId\": \"%s\", \"professionalId\": \"%s\", \"deputyId\": \"%s\", \"from\": \"%s\", \"to\": \"%s\"}"
                        .formatted(absence, professionalId, deputyId, from, to));
        return absence;
    }

    static void absenceCancelled(String absenceId, String professionalId) {
        send(Topics.COORDINATORS_PROFESSIONAL_V1, professionalId, "AbsenceCancelled",
                "{\"absenceId\": \"%s\", \"professionalId\": \"%s\"}".formatted(absenceId, professionalId));
    }

    private static void send(String topic, String key, String type, String payload) {
        KafkaProbe.send(topic, key, """
                {"eventId": "%s", "eventType": "%s", "eventVersion": 1, "occurredAt": "%s", "municipalityId": "asker",
                 "aggregateId": "%s", "actor": {"type": "user", "subject": "test"}, "traceparent": null, "payload": %s}"""
                .formatted(UUID.randomUUID(), type, Instant.now(), key, payload));
    }
}
