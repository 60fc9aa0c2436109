package dev.helhet.statistics.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helhet.common.messaging.EventReader;
import dev.helhet.contracts.EventEnvelope;
import dev.helhet.contracts.IntegrationEvent;
import dev.helhet.contracts.agreements.ActionAgreed;
import dev.helhet.contracts.agreements.ActionRevised;
import dev.helhet.contracts.agreements.ActionStatusChanged;
import dev.helhet.contracts.agreements.GoalSet;
import dev.helhet.contracts.agreements.GoalStatusChanged;
import dev.helhet.contracts.agreements.MeetingHeld;
import dev.helhet.contracts.coordinators.CoordinatorAssigned;
import dev.helhet.contracts.coordinators.CoordinatorHandedOver;
import dev.helhet.contracts.coordinators.CoordinatorUnassigned;
import dev.helhet.contracts.coordinators.OrganisationRegistered;
import dev.helhet.contracts.coordinators.OrganisationUpdated;
import dev.helhet.contracts.participants.ConsentExpired;
import dev.helhet.contracts.participants.ConsentGranted;
import dev.helhet.contracts.participants.ConsentRevoked;
import dev.helhet.contracts.participants.ParticipantClosed;
import dev.helhet.contracts.participants.ParticipantRegistered;
import dev.helhet.contracts.participants.ProgrammeEnded;
import dev.helhet.contracts.participants.ProgrammeEnrolled;
import dev.helhet.contracts.referrals.ReferralAccepted;
import dev.helhet.contracts.referrals.ReferralCancelled;
import dev.helhet.contracts.referrals.ReferralRejected;
import dev.helhet.contracts.referrals.ReferralRequested;
import dev.helhet.contracts.referrals.TransitionCancelled;
import dev.helhet.contracts.referrals.TransitionDue;
import dev.helhet.contracts.referrals.TransitionMet;
import dev.helhet.statistics.domain.Fact;
import dev.helhet.statistics.domain.OrganisationName;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.regex.Pattern;

/**
 * Turns an event into what statistics keeps of it: a {@link Fact}, a registry name, or nothing (event types no
 * indicator reads). Only ids, codes and dates are taken; reasons travel as codes, never as words.
 */
@ApplicationScoped
public class FactExtractor {

    /** What an event leaves behind; both null for an event no indicator reads. */
    public record Extracted(Fact fact, OrganisationName organisation) {
        static final Extracted NOTHING = new Extracted(null, null);
    }

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final EventReader reader;

    public FactExtractor(EventReader reader) {
        this.reader = reader;
    }

    /** Fails with {@link EventReader.UnreadableEventException} for a payload that does not match its schema. */
    public Extracted extract(EventEnvelope<JsonNode> envelope) {
        if (envelope.occurredAt() == null) {
            throw new EventReader.UnreadableEventException(envelope.eventType() + " " + envelope.eventId() + " has no occurredAt");
        }
        Fact fact = new Fact(envelope.eventId(), envelope.eventType(), code(envelope.municipalityId()), envelope.occurredAt());
        switch (envelope.eventType()) {
            case "ParticipantRegistered" -> {
                ParticipantRegistered event = payload(envelope, ParticipantRegistered.class);
                fact.participantId = event.participantId();
                fact.ageBand = code(event.ageBand());
            }
            case "ParticipantClosed" -> {
                ParticipantClosed event = payload(envelope, ParticipantClosed.class);
                fact.participantId = event.participantId();
                fact.reason = code(event.reason());
            }
            case "ProgrammeEnrolled" -> {
                ProgrammeEnrolled event = payload(envelope, ProgrammeEnrolled.class);
                fact.about(event.participantId(), event.enrolmentId());
                fact.programme = code(event.programme());
                fact.startDate = event.startDate();
            }
            case "ProgrammeEnded" -> {
                ProgrammeEnded event = payload(envelope, ProgrammeEnded.class);
                fact.about(event.participantId(), event.enrolmentId());
                fact.programme = code(event.programme());
                fact.endDate = event.endDate();
                fact.reason = code(event.reason());
            }
            case "ConsentGranted" -> {
                ConsentGranted event = payload(envelope, ConsentGranted.class);
                fact.about(event.participantId(), event.consentId());
                fact.organisationId = event.receiverOrganisationId();
            }
            case "ConsentRevoked" -> {
                ConsentRevoked event = payload(envelope, ConsentRevoked.class);
                fact.about(event.participantId(), event.consentId());
            }
            case "ConsentExpired" -> {
                ConsentExpired event = payload(envelope, ConsentExpired.class);
                fact.about(event.participantId(), event.consentId());
            }
            case "CoordinatorAssigned" -> {
                CoordinatorAssigned event = payload(envelope, CoordinatorAssigned.class);
                fact.about(event.participantId(), event.assignmentId());
                fact.professionalId = event.professionalId();
                fact.organisationId = event.organisationId();
            }
            case "CoordinatorHandedOver" -> {
                CoordinatorHandedOver event = payload(envelope, CoordinatorHandedOver.class);
                fact.about(event.participantId(), event.assignmentId());
                fact.previousSubjectId = event.previousAssignmentId();
                fact.professionalId = event.toProfessionalId();
                fact.organisationId = event.organisationId();
            }
            case "CoordinatorUnassigned" -> {
                CoordinatorUnassigned event = payload(envelope, CoordinatorUnassigned.class);
                fact.about(event.participantId(), event.assignmentId());
                fact.professionalId = event.professionalId();
            }
            case "MeetingHeld" -> {
                MeetingHeld event = payload(envelope, MeetingHeld.class);
                fact.about(event.participantId(), event.meetingId());
                fact.kind = code(event.kind());
                fact.heldAt = event.heldAt();
                fact.withPerson = event.withPerson();
                fact.withNetworkPerson = event.withNetworkPerson();
            }
            case "GoalSet" -> {
                GoalSet event = payload(envelope, GoalSet.class);
                fact.about(event.participantId(), event.goalId());
                fact.lifeArea = code(event.lifeArea());
            }
            case "GoalStatusChanged" -> {
                GoalStatusChanged event = payload(envelope, GoalStatusChanged.class);
                fact.about(event.participantId(), event.goalId());
                fact.lifeArea = code(event.lifeArea());
                fact.previousStatus = code(event.from());
                fact.status = code(event.to());
            }
            case "ActionAgreed" -> {
                ActionAgreed event = payload(envelope, ActionAgreed.class);
                fact.about(event.participantId(), event.actionId());
                fact.dueDate = event.dueDate();
            }
            case "ActionRevised" -> {
                ActionRevised event = payload(envelope, ActionRevised.class);
                fact.about(event.participantId(), event.actionId());
                fact.dueDate = event.dueDate();
            }
            case "ActionStatusChanged" -> {
                ActionStatusChanged event = payload(envelope, ActionStatusChanged.class);
                fact.about(event.participantId(), event.actionId());
                fact.previousStatus = code(event.from());
                fact.status = code(event.to());
            }
            case "ReferralRequested" -> {
                ReferralRequested event = payload(envelope, ReferralRequested.class);
                fact.about(event.participantId(), event.referralId());
                fact.organisationId = event.receivingOrganisationId();
            }
            case "ReferralAccepted" -> {
                ReferralAccepted event = payload(envelope, ReferralAccepted.class);
                fact.about(event.participantId(), event.referralId());
                fact.organisationId = event.receivingOrganisationId();
            }
            case "ReferralRejected" -> {
                ReferralRejected event = payload(envelope, ReferralRejected.class);
                fact.about(event.participantId(), event.referralId());
                fact.organisationId = event.receivingOrganisationId();
                fact.reason = code(event.reason());
            }
            case "ReferralCancelled" -> {
                ReferralCancelled event = payload(envelope, ReferralCancelled.class);
                fact.about(event.participantId(), event.referralId());
                fact.organisationId = event.receivingOrganisationId();
                fact.previousStatus = code(event.from());
            }
            case "TransitionDue" -> {
                TransitionDue event = payload(envelope, TransitionDue.class);
                fact.about(event.participantId(), event.taskId());
                fact.rule = code(event.rule());
                fact.dueDate = event.dueDate();
            }
            case "TransitionMet" -> {
                TransitionMet event = payload(envelope, TransitionMet.class);
                fact.about(event.participantId(), event.taskId());
                fact.rule = code(event.rule());
            }
            case "TransitionCancelled" -> {
                TransitionCancelled event = payload(envelope, TransitionCancelled.class);
                fact.about(event.participantId(), event.taskId());
                fact.rule = code(event.rule());
            }
            case "OrganisationRegistered" -> {
                OrganisationRegistered event = payload(envelope, OrganisationRegistered.class);
                return new Extracted(null, new OrganisationName(event.organisationId(), name(event.name()), code(event.type()), envelope.occurredAt()));
            }
            case "OrganisationUpdated" -> {
                OrganisationUpdated event = payload(envelope, OrganisationUpdated.class);
                return new Extracted(null, new OrganisationName(event.organisationId(), name(event.name()), code(event.type()), envelope.occurredAt()));
            }
            default -> {
                return Extracted.NOTHING;
            }
        }
        return new Extracted(fact, null);
    }

    /**
     * A code as events carry them (lower case, digits, hyphens). Anything else — free text where a code belongs, a
     * control character PostgreSQL would refuse — makes the event unreadable: dead-lettered, never stored or published.
     */
    private static String code(String value) {
        if (value != null && !CODE.matcher(value).matches()) {
            throw new EventReader.UnreadableEventException("A code field holds something other than a code");
        }
        return value;
    }

    /** A registry name: shown as a label, so no control characters and a sane length. */
    private static String name(String value) {
        if (value == null || value.isBlank() || value.length() > 200 || value.chars().anyMatch(Character::isISOControl)) {
            throw new EventReader.UnreadableEventException("An organisation name is missing, too long or holds control characters");
        }
        return value;
    }

    private <P extends IntegrationEvent> P payload(EventEnvelope<JsonNode> envelope, Class<P> type) {
        if (envelope.payload() == null || !envelope.payload().isObject()) {
            throw new EventReader.UnreadableEventException(envelope.eventType() + " " + envelope.eventId() + " has no payload");
        }
        return reader.payload(envelope, type);
    }
}
