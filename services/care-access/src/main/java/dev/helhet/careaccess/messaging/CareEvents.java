package dev.helhet.careaccess.messaging;

import dev.helhet.careaccess.ConsentStatus;
import dev.helhet.careaccess.ReceiverType;
import dev.helhet.careaccess.projection.CareConsent;
import dev.helhet.careaccess.repository.CareOrganisations;
import dev.helhet.careaccess.repository.CareProjection;
import dev.helhet.common.messaging.EventHandlers;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.contracts.Actor;
import dev.helhet.contracts.Topics;
import dev.helhet.contracts.coordinators.AbsenceCancelled;
import dev.helhet.contracts.coordinators.AbsenceRecorded;
import dev.helhet.contracts.coordinators.CoordinatorAssigned;
import dev.helhet.contracts.coordinators.CoordinatorHandedOver;
import dev.helhet.contracts.coordinators.CoordinatorUnassigned;
import dev.helhet.contracts.coordinators.OrganisationRegistered;
import dev.helhet.contracts.coordinators.OrganisationUpdated;
import dev.helhet.contracts.coordinators.ProfessionalRegistered;
import dev.helhet.contracts.coordinators.ProfessionalUpdated;
import dev.helhet.contracts.coordinators.TeamMemberAdded;
import dev.helhet.contracts.coordinators.TeamMemberRemoved;
import dev.helhet.contracts.participants.ConsentExpired;
import dev.helhet.contracts.participants.ConsentGranted;
import dev.helhet.contracts.participants.ConsentRevoked;
import dev.helhet.contracts.participants.ParticipantClosed;
import dev.helhet.contracts.participants.ParticipantRegistered;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * The handlers that keep the care projections, one set per topic. A service's consumer passes each record of
 * its channel for that topic to {@code IdempotentConsumer.consume(channel, record, careEvents.assignments())}.
 */
@ApplicationScoped
public class CareEvents {

    private final EventHandlers assignments;
    private final EventHandlers team;
    private final EventHandlers professionals;
    private final EventHandlers consents;
    private final EventHandlers people;
    private final EventHandlers organisations;
    private final CareProjection projection;

    public CareEvents(CareProjection projection, CareOrganisations served) {
        assignments = EventHandlers.forTopic(Topics.COORDINATORS_ASSIGNMENT_V1)
                .on(CoordinatorAssigned.class, (event, envelope) -> projection.coordinatorAssigned(
                        event.participantId(), event.assignmentId(), event.professionalId(), event.organisationId()))
                .on(CoordinatorHandedOver.class, (event, envelope) -> projection.coordinatorAssigned(
                        event.participantId(), event.assignmentId(), event.toProfessionalId(), event.organisationId()))
                .on(CoordinatorUnassigned.class, (event, envelope) -> projection.coordinatorUnassigned(event.participantId(), event.assignmentId()));
        team = EventHandlers.forTopic(Topics.COORDINATORS_TEAM_V1)
                .on(TeamMemberAdded.class, (event, envelope) -> projection.memberAdded(
                        event.memberId(), event.participantId(), event.professionalId(), event.organisationId()))
                .on(TeamMemberRemoved.class, (event, envelope) -> projection.memberRemoved(event.memberId()));
        professionals = EventHandlers.forTopic(Topics.COORDINATORS_PROFESSIONAL_V1)
                .on(ProfessionalRegistered.class, (event, envelope) -> projection.professional(
                        event.professionalId(), event.subject(), event.organisationIds()))
                .on(ProfessionalUpdated.class, (event, envelope) -> projection.professional(
                        event.professionalId(), event.subject(), event.organisationIds()))
                .on(AbsenceRecorded.class, (event, envelope) -> projection.absenceRecorded(
                        event.absenceId(), event.professionalId(), event.deputyId(), event.from(), event.to()))
                .on(AbsenceCancelled.class, (event, envelope) -> projection.absenceCancelled(event.absenceId()));
        consents = consents(projection, (participantId, municipalityId, status) -> Uni.createFrom().voidItem());
        this.projection = projection;
        organisations = EventHandlers.forTopic(Topics.COORDINATORS_ORGANISATION_V1)
                .on(OrganisationRegistered.class, (event, envelope) -> served.replace(event.organisationId(), event.name(), event.type(), event.municipalityIds()))
                .on(OrganisationUpdated.class, (event, envelope) -> served.replace(event.organisationId(), event.name(), event.type(), event.municipalityIds()));
        people = EventHandlers.forTopic(Topics.PARTICIPANTS_PARTICIPANT_V1)
                .on(ParticipantRegistered.class, (event, envelope) -> projection.personRegistered(event.participantId(), envelope.municipalityId())
                        // The envelope's actor is who registered the person; a partner system (a service account) is no registrant.
                        .chain(() -> envelope.actor().type() == Actor.Type.USER
                                ? projection.registeredBy(event.participantId(), envelope.actor().subject()) : Uni.createFrom().voidItem()))
                .on(ParticipantClosed.class, (event, envelope) -> projection.personClosed(event.participantId()));
    }

    /** {@code coordinators.organisation.v1}: each organisation's name and the municipalities it serves. */
    public EventHandlers organisations() {
        return organisations;
    }

    /** {@code coordinators.assignment.v1}: who coordinates each person. */
    public EventHandlers assignments() {
        return assignments;
    }

    /** {@code coordinators.team.v1}: who is on each person's team, for which organisation. */
    public EventHandlers team() {
        return team;
    }

    /** {@code coordinators.professional.v1}: who a professional is and who deputises during their absences. */
    public EventHandlers professionals() {
        return professionals;
    }

    /** {@code participants.participant.v1}: who is registered in which municipality (for a service that does not hold them). */
    public EventHandlers people() {
        return people;
    }

    /** {@code participants.consent.v1}: the people's consents (for a service that does not hold them). */
    public EventHandlers consents() {
        return consents;
    }

    /** What a service does once a consent change is projected (in the same transaction), e.g. update its team flags. */
    @FunctionalInterface
    public interface AfterConsent {
        /** {@code status}: ACTIVE for a consent given, REVOKED or EXPIRED for one that ended. */
        Uni<Void> changed(UUID participantId, String municipalityId, ConsentStatus status);
    }

    /** As {@link #consents()}, followed by {@code then} for every change. */
    public EventHandlers consents(AfterConsent then) {
        return consents(projection, then);
    }

    private static EventHandlers consents(CareProjection projection, AfterConsent then) {
        return EventHandlers.forTopic(Topics.PARTICIPANTS_CONSENT_V1)
                .on(ConsentGranted.class, (event, envelope) -> projection.consentGranted(CareConsent.granted(event.consentId(),
                                event.participantId(), CodedEnum.fromCode(ReceiverType.class, event.receiverType()), event.receiverOrganisationId(),
                                event.categories(), event.validFrom(), event.validTo()))
                        .flatMap(projected -> then.changed(event.participantId(), envelope.municipalityId(), ConsentStatus.ACTIVE)))
                .on(ConsentRevoked.class, (event, envelope) -> projection.consentEnded(event.consentId(), ConsentStatus.REVOKED)
                        .flatMap(projected -> then.changed(event.participantId(), envelope.municipalityId(), ConsentStatus.REVOKED)))
                .on(ConsentExpired.class, (event, envelope) -> projection.consentEnded(event.consentId(), ConsentStatus.EXPIRED)
                        .flatMap(projected -> then.changed(event.participantId(), envelope.municipalityId(), ConsentStatus.EXPIRED)));
    }
}
