package dev.helhet.coordinators.support;

import dev.helhet.contracts.Topics;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.Tokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Plays the participants service: sends its events to the real Kafka topics, as it would, so the
 * coordinators service learns about people, programmes, network and consent through its consumers.
 */
public final class ParticipantEvents {

    private ParticipantEvents() {
    }

    /** A new person in the municipality, once the coordinators service knows them. */
    public static String registered(String municipality) {
        return registered(municipality, Instant.now());
    }

    /** A person registered at {@code registeredAt}, once the coordinators service knows them. */
    public static String registered(String municipality, Instant registeredAt) {
        String id = UUID.randomUUID().toString();
        send(Topics.PARTICIPANTS_PARTICIPANT_V1, id, "ParticipantRegistered", municipality, "{\"participantId\": \"" + id + "\"}",
                registeredAt);
        String teamLead = municipality.equals("asker") ? "asker.teamlead" : null;
        if (teamLead != null) {
            await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(Tokens.user(teamLead))
                    .when().get("/api/v1/coordinators/participants/" + id + "/coordinator").statusCode() == 200);
        }
        return id;
    }

    public static void enrolled(String participantId, String municipality, String programme, LocalDate plannedEnd) {
        String enrolment = UUID.randomUUID().toString();
        send(Topics.PARTICIPANTS_PARTICIPANT_V1, participantId, "ProgrammeEnrolled", municipality, """
                {"participantId": "%s", "enrolmentId": "%s", "programme": "%s", "startDate": "2026-01-05",
                 "plannedEndDate": "%s", "settlementDate": null, "lateStart": false}""".formatted(participantId, enrolment, programme, plannedEnd));
    }

    public static void networkPersonAdded(String participantId, String municipality, String networkPersonId, boolean joins) {
        send(Topics.PARTICIPANTS_PARTICIPANT_V1, participantId, "NetworkPersonAdded", municipality,
                "{\"participantId\": \"%s\", \"networkPersonId\": \"%s\", \"joinsFollowUpMeetings\": %s}".formatted(participantId, networkPersonId, joins));
    }

    public static void closed(String participantId, String municipality) {
        send(Topics.PARTICIPANTS_PARTICIPANT_V1, participantId, "ParticipantClosed", municipality,
                "{\"participantId\": \"%s\", \"reason\": \"moved\", \"movedToMunicipalityId\": null}".formatted(participantId));
    }

    /** A consent for one organisation (or the team when organisationId is null); answers its id. */
    public static String consentGranted(String participantId, String municipality, String organisationId, List<String> categories,
                                        Instant validTo) {
        String consent = UUID.randomUUID().toString();
        String receiver = organisationId == null ? "\"receiverType\": \"team\", \"receiverOrganisationId\": null"
                : "\"receiverType\": \"organisation\", \"receiverOrganisationId\": \"" + organisationId + "\"";
        send(Topics.PARTICIPANTS_CONSENT_V1, consent, "ConsentGranted", municipality, """
                {"consentId": "%s", "participantId": "%s", %s, "categories": [%s], "validFrom": "%s", "validTo": "%s"}"""
                .formatted(consent, participantId, receiver, String.join(", ", categories.stream().map(c -> "\"" + c + "\"").toList()),
                        Instant.now().minusSeconds(60), validTo));
        return consent;
    }

    public static void consentRevoked(String consentId, String participantId, String municipality) {
        send(Topics.PARTICIPANTS_CONSENT_V1, consentId, "ConsentRevoked", municipality,
                "{\"consentId\": \"%s\", \"participantId\": \"%s\", \"revokedAt\": \"%s\"}".formatted(consentId, participantId, Instant.now()));
    }

    /** An event of another service, as it would publish it now. */
    public static void send(String topic, String key, String type, String municipality, String payload) {
        send(topic, key, type, municipality, payload, Instant.now());
    }

    /** The referrals service's word that a professional accepted a referral of the person for an organisation's service. */
    public static void referralAccepted(String participantId, String municipality, String professionalId, String organisationId) {
        send(Topics.REFERRALS_REFERRAL_V1, participantId, "ReferralAccepted", municipality, """
                {"referralId": "%s", "participantId": "%s", "serviceId": "%s", "receivingOrganisationId": "%s",
                 "receivingProfessionalId": "%s"}""".formatted(UUID.randomUUID(), participantId, UUID.randomUUID(), organisationId,
                professionalId), Instant.now());
    }

    private static void send(String topic, String key, String type, String municipality, String payload, Instant occurredAt) {
        KafkaProbe.send(topic, key, """
                {"eventId": "%s", "eventType": "%s", "eventVersion": 1, "occurredAt": "%s", "municipalityId": "%s",
                 "aggregateId": "%s", "actor": {"type": "user", "subject": "test"}, "traceparent": null, "payload": %s}"""
                .formatted(UUID.randomUUID(), type, occurredAt, municipality, key, payload));
    }
}
