package dev.helhet.participants.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helhet.common.messaging.EventReader;
import dev.helhet.common.messaging.IdempotentConsumer;
import dev.helhet.contracts.EventEnvelope;
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
import dev.helhet.participants.access.CareAbsence;
import dev.helhet.participants.access.CareAssignment;
import dev.helhet.participants.access.CareProfessional;
import dev.helhet.participants.access.CareTeamMember;
import dev.helhet.participants.repository.CareOrganisationRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Learns who is around each person from the coordinators service: professionals (subject and
 * organisations), the responsible coordinator, team members, absences, and which municipalities each
 * organisation serves. Need-to-know ({@code CaseAccess}) is decided from these projections and this
 * service's own consents; the coordinators' suspension of a member is not needed here (it follows
 * from the consents, which this service decides itself).
 */
@ApplicationScoped
public class CareEventsConsumer {

    private final EventReader reader;
    private final IdempotentConsumer idempotency;
    private final CareOrganisationRepository organisations;

    public CareEventsConsumer(EventReader reader, IdempotentConsumer idempotency, CareOrganisationRepository organisations) {
        this.reader = reader;
        this.idempotency = idempotency;
        this.organisations = organisations;
    }

    @Incoming("assignment-events")
    @WithTransaction
    public Uni<Void> assignments(String record) {
        EventEnvelope<JsonNode> envelope = reader.envelope(record);
        return idempotency.once("assignment-events", envelope.eventId(), () -> switch (envelope.eventType()) {
            case "CoordinatorAssigned" -> {
                CoordinatorAssigned event = reader.payload(envelope, CoordinatorAssigned.class);
                yield coordinator(event.participantId(), event.assignmentId(), event.professionalId(), event.organisationId());
            }
            case "CoordinatorHandedOver" -> {
                CoordinatorHandedOver event = reader.payload(envelope, CoordinatorHandedOver.class);
                yield coordinator(event.participantId(), event.assignmentId(), event.toProfessionalId(), event.organisationId());
            }
            case "CoordinatorUnassigned" -> {
                CoordinatorUnassigned event = reader.payload(envelope, CoordinatorUnassigned.class);
                yield Panache.getSession().flatMap(session -> session.createMutationQuery(
                                "delete from CareAssignment where participantId = :participant and assignmentId = :assignment")
                        .setParameter("participant", event.participantId()).setParameter("assignment", event.assignmentId())
                        .executeUpdate()).replaceWithVoid();
            }
            default -> Uni.createFrom().voidItem();
        }).replaceWithVoid();
    }

    @Incoming("team-events")
    @WithTransaction
    public Uni<Void> team(String record) {
        EventEnvelope<JsonNode> envelope = reader.envelope(record);
        return idempotency.once("team-events", envelope.eventId(), () -> switch (envelope.eventType()) {
            case "TeamMemberAdded" -> {
                TeamMemberAdded event = reader.payload(envelope, TeamMemberAdded.class);
                CareTeamMember member = new CareTeamMember();
                member.memberId = event.memberId();
                member.participantId = event.participantId();
                member.professionalId = event.professionalId();
                member.organisationId = event.organisationId();
                member.active = true;
                yield Panache.getSession().flatMap(session -> session.merge(member)).replaceWithVoid();
            }
            case "TeamMemberRemoved" -> removed(reader.payload(envelope, TeamMemberRemoved.class).memberId());
            default -> Uni.createFrom().voidItem();
        }).replaceWithVoid();
    }

    @Incoming("organisation-events")
    @WithTransaction
    public Uni<Void> organisations(String record) {
        EventEnvelope<JsonNode> envelope = reader.envelope(record);
        return idempotency.once("organisation-events", envelope.eventId(), () -> switch (envelope.eventType()) {
            case "OrganisationRegistered" -> {
                OrganisationRegistered event = reader.payload(envelope, OrganisationRegistered.class);
                yield organisations.replace(event.organisationId(), event.municipalityIds());
            }
            case "OrganisationUpdated" -> {
                OrganisationUpdated event = reader.payload(envelope, OrganisationUpdated.class);
                yield organisations.replace(event.organisationId(), event.municipalityIds());
            }
            default -> Uni.createFrom().voidItem();
        }).replaceWithVoid();
    }

    @Incoming("professional-events")
    @WithTransaction
    public Uni<Void> professionals(String record) {
        EventEnvelope<JsonNode> envelope = reader.envelope(record);
        return idempotency.once("professional-events", envelope.eventId(), () -> switch (envelope.eventType()) {
            case "ProfessionalRegistered" -> {
                ProfessionalRegistered event = reader.payload(envelope, ProfessionalRegistered.class);
                yield professional(event.professionalId(), event.subject(), event.organisationIds());
            }
            case "ProfessionalUpdated" -> {
                ProfessionalUpdated event = reader.payload(envelope, ProfessionalUpdated.class);
                yield professional(event.professionalId(), event.subject(), event.organisationIds());
            }
            case "AbsenceRecorded" -> {
                AbsenceRecorded event = reader.payload(envelope, AbsenceRecorded.class);
                CareAbsence absence = new CareAbsence();
                absence.absenceId = event.absenceId();
                absence.professionalId = event.professionalId();
                absence.deputyId = event.deputyId();
                absence.fromDate = event.from();
                absence.toDate = event.to();
                yield Panache.getSession().flatMap(session -> session.merge(absence)).replaceWithVoid();
            }
            case "AbsenceCancelled" -> {
                AbsenceCancelled event = reader.payload(envelope, AbsenceCancelled.class);
                yield Panache.getSession().flatMap(session -> session.createMutationQuery("delete from CareAbsence where absenceId = :absence")
                        .setParameter("absence", event.absenceId()).executeUpdate()).replaceWithVoid();
            }
            default -> Uni.createFrom().voidItem();
        }).replaceWithVoid();
    }

    private static Uni<Void> coordinator(UUID participantId, UUID assignmentId, UUID professionalId, UUID organisationId) {
        CareAssignment assignment = new CareAssignment();
        assignment.participantId = participantId;
        assignment.assignmentId = assignmentId;
        assignment.professionalId = professionalId;
        assignment.organisationId = organisationId;
        return Panache.getSession().flatMap(session -> session.merge(assignment)).replaceWithVoid();
    }

    private static Uni<Void> removed(UUID memberId) {
        return Panache.getSession().flatMap(session -> session.find(CareTeamMember.class, memberId).invoke(found -> {
            if (found != null) {
                found.active = false;
            }
        })).replaceWithVoid();
    }

    private static Uni<Void> professional(UUID professionalId, String subject, List<UUID> organisationIds) {
        CareProfessional professional = new CareProfessional();
        professional.professionalId = professionalId;
        professional.subject = subject;
        professional.organisationIds = organisationIds.stream().map(UUID::toString).collect(Collectors.joining(","));
        return Panache.getSession().flatMap(session -> session.merge(professional)).replaceWithVoid();
    }
}
