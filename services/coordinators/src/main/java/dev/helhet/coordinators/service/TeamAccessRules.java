package dev.helhet.coordinators.service;

import dev.helhet.careaccess.ConsentTerms;
import dev.helhet.careaccess.NeedToKnow;
import dev.helhet.careaccess.repository.ConsentSource;
import dev.helhet.common.outbox.EventPublisher;
import dev.helhet.contracts.Actor;
import dev.helhet.contracts.coordinators.TeamMemberReinstated;
import dev.helhet.contracts.coordinators.TeamMemberSuspended;
import dev.helhet.coordinators.domain.CoordinatorAssignment;
import dev.helhet.coordinators.repository.AssignmentRepository;
import dev.helhet.coordinators.repository.TeamMemberRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the team's suspension flags in step with need-to-know ({@link NeedToKnow#admitsTeamMember}): when a member
 * is added and whenever consent or the coordinator changes, a member the rule no longer admits is marked suspended
 * and one it admits again reinstated, each change published for flags and notifications. Access itself is decided
 * from the consents on every request (ParticipantAccess), not from these flags.
 */
@ApplicationScoped
public class TeamAccessRules {

    private final AssignmentRepository assignments;
    private final TeamMemberRepository members;
    private final ConsentSource consents;
    private final EventPublisher events;
    private final Clock clock;

    public TeamAccessRules(AssignmentRepository assignments, TeamMemberRepository members, ConsentSource consents,
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
        return assignments.active(participantId).flatMap(coordinator -> consents.consentsOf(participantId)
                .map(given -> allowed(organisationId, coordinator, given, now)));
    }

    /** Suspends and reinstates the person's team members as the rules now say; publishes each change. */
    public Uni<Void> apply(UUID participantId, String municipalityId, String suspensionReason, Actor actor) {
        Instant now = clock.instant();
        return assignments.active(participantId).flatMap(coordinator -> consents.consentsOf(participantId)
                .flatMap(given -> members.active(participantId).flatMap(team -> Multi.createFrom().iterable(team)
                        .onItem().transformToUniAndConcatenate(member -> {
                            boolean allowed = allowed(member.organisationId, coordinator, given, now);
                            if (!allowed && !member.isSuspended()) {
                                member.suspend(suspensionReason, now);
                                return events.publish(new TeamMemberSuspended(member.id, participantId, member.professionalId,
                                        member.organisationId, suspensionReason), municipalityId, participantId.toString(), actor);
                            }
                            if (allowed && member.isSuspended()) {
                                member.reinstate();
                                return events.publish(new TeamMemberReinstated(member.id, participantId, member.professionalId,
                                        member.organisationId), municipalityId, participantId.toString(), actor);
                            }
                            return Uni.createFrom().nullItem();
                        })
                        .collect().asList())))
                .replaceWithVoid();
    }

    static boolean allowed(UUID organisationId, CoordinatorAssignment coordinator, List<ConsentTerms> consents, Instant now) {
        return NeedToKnow.admitsTeamMember(organisationId, coordinator == null ? null : coordinator.organisationId,
                consents, now);
    }
}
