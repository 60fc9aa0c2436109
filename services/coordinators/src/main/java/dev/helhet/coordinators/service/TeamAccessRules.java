package dev.helhet.coordinators.service;

import dev.helhet.common.outbox.EventPublisher;
import dev.helhet.contracts.Actor;
import dev.helhet.contracts.coordinators.TeamMemberReinstated;
import dev.helhet.contracts.coordinators.TeamMemberSuspended;
import dev.helhet.coordinators.domain.ConsentGrant;
import dev.helhet.coordinators.domain.CoordinatorAssignment;
import dev.helhet.coordinators.repository.AssignmentRepository;
import dev.helhet.coordinators.repository.ConsentGrantRepository;
import dev.helhet.coordinators.repository.TeamMemberRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who on a person's team may see them. A member from the coordinator's own organisation always may;
 * a member from another organisation only while an active consent covers that organisation (or the
 * whole team) for basic information. Applied when a member is added and whenever consent or the
 * coordinator changes: access is suspended at once and reinstated when consent is given again.
 */
@ApplicationScoped
public class TeamAccessRules {

    private final AssignmentRepository assignments;
    private final TeamMemberRepository members;
    private final ConsentGrantRepository consents;
    private final EventPublisher events;
    private final Clock clock;

    public TeamAccessRules(AssignmentRepository assignments, TeamMemberRepository members, ConsentGrantRepository consents,
                           EventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.members = members;
        this.consents = consents;
        this.events = events;
        this.clock = clock;
    }

    /** Whether a member of {@code organisationId} may be on the team now. */
    public Uni<Boolean> allows(UUID participantId, UUID organisationId) {
        Instant now = clock.instant();
        return assignments.active(participantId).flatMap(coordinator -> consents.forParticipant(participantId)
                .map(given -> allowed(organisationId, coordinator, given, now)));
    }

    /** Suspends and reinstates the person's team members as the rules now say; publishes each change. */
    public Uni<Void> apply(UUID participantId, String municipalityId, String suspensionReason, Actor actor) {
        Instant now = clock.instant();
        return assignments.active(participantId).flatMap(coordinator -> consents.forParticipant(participantId)
                .flatMap(given -> members.active(participantId).flatMap(team -> Multi.createFrom().iterable(team)
                        .onItem().transformToUniAndConcatenate(member -> {
                            boolean allowed = allowed(member.organisationId, coordinator, given, now);
                            if (!allowed && !member.isSuspended()) {
                                member.suspendedAt = now;
                                member.suspensionReason = suspensionReason;
                                return events.publish(new TeamMemberSuspended(member.id, participantId, member.professionalId,
                                        member.organisationId, suspensionReason), municipalityId, participantId.toString(), actor);
                            }
                            if (allowed && member.isSuspended()) {
                                member.suspendedAt = null;
                                member.suspensionReason = null;
                                return events.publish(new TeamMemberReinstated(member.id, participantId, member.professionalId,
                                        member.organisationId), municipalityId, participantId.toString(), actor);
                            }
                            return Uni.createFrom().nullItem();
                        })
                        .collect().asList())))
                .replaceWithVoid();
    }

    static boolean allowed(UUID organisationId, CoordinatorAssignment coordinator, List<ConsentGrant> consents, Instant now) {
        if (coordinator != null && coordinator.organisationId.equals(organisationId)) {
            return true;
        }
        return consents.stream().anyMatch(consent -> consent.opensBasicInformationTo(organisationId, now));
    }
}
