package dev.helhet.coordinators.service;

import dev.helhet.careaccess.ConsentTerms;
import dev.helhet.careaccess.NeedToKnow;
import dev.helhet.careaccess.repository.ConsentSource;
import dev.helhet.common.outbox.EventPublisher;
import dev.helhet.common.persistence.LockedCount;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.contracts.coordinators.TeamMemberAdded;
import dev.helhet.contracts.coordinators.TeamMemberRemoved;
import dev.helhet.coordinators.domain.CoordinatorAssignment;
import dev.helhet.coordinators.domain.Organisation;
import dev.helhet.coordinators.domain.Professional;
import dev.helhet.coordinators.domain.TeamLimits;
import dev.helhet.coordinators.domain.TeamMember;
import dev.helhet.coordinators.projection.ParticipantNetworkPerson;
import dev.helhet.coordinators.repository.AssignmentRepository;
import dev.helhet.coordinators.repository.OrganisationRepository;
import dev.helhet.coordinators.repository.ParticipantNetworkPersonRepository;
import dev.helhet.coordinators.repository.ProfessionalMembershipRepository;
import dev.helhet.coordinators.repository.ProfessionalRepository;
import dev.helhet.coordinators.repository.TeamMemberRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The team around a person: the coordinator, professionals from several services, and the network. */
@ApplicationScoped
public class TeamService {

    /** The role of a professional who joined by accepting a referral (a code the UI words; the service's name stays in referrals). */
    public static final String REFERRAL_ROLE = "referral";

    private final ParticipantAccess access;
    private final TeamMemberRepository members;
    private final AssignmentRepository assignments;
    private final ProfessionalRepository professionals;
    private final ProfessionalMembershipRepository memberships;
    private final OrganisationRepository organisations;
    private final ParticipantNetworkPersonRepository network;
    private final TeamAccessRules rules;
    private final ConsentSource consents;
    private final EventPublisher events;
    private final Clock clock;

    public TeamService(ParticipantAccess access, TeamMemberRepository members, AssignmentRepository assignments,
                       ProfessionalRepository professionals, ProfessionalMembershipRepository memberships,
                       OrganisationRepository organisations, ParticipantNetworkPersonRepository network, TeamAccessRules rules,
                       ConsentSource consents, EventPublisher events, Clock clock) {
        this.access = access;
        this.members = members;
        this.assignments = assignments;
        this.professionals = professionals;
        this.memberships = memberships;
        this.organisations = organisations;
        this.network = network;
        this.rules = rules;
        this.consents = consents;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The whole team, with the professionals and organisations it names, and which members need-to-know admits now
     * (from the consents in effect: the stored suspension flag may lag a consent's start or end by an event).
     */
    public record Team(UUID participantId, CoordinatorAssignment coordinator, List<TeamMember> members,
                       List<ParticipantNetworkPerson> network, List<Professional> professionals, List<Organisation> organisations,
                       Set<UUID> admitted) {

        /** True while the member sees nothing of the person: no consent in effect covers their organisation. */
        public boolean suspended(TeamMember member) {
            return !admitted.contains(member.id);
        }

        public Map<UUID, Professional> professionalsById() {
            return professionals.stream().collect(Collectors.toMap(professional -> professional.id, Function.identity()));
        }

        public Map<UUID, Organisation> organisationsById() {
            return organisations.stream().collect(Collectors.toMap(organisation -> organisation.id, Function.identity()));
        }
    }

    @WithTransaction
    public Uni<Team> get(Caller caller, UUID participantId) {
        return access.open(caller, participantId, "team", "read").flatMap(found -> team(participantId));
    }

    /** The team as the person themself sees it: their registration was proven by the participants service. */
    @WithTransaction
    public Uni<Team> ofPerson(UUID participantId) {
        return team(participantId);
    }

    @WithTransaction
    public Uni<Team> add(Caller caller, UUID participantId, UUID professionalId, UUID organisationId, String role) {
        return access.open(caller, participantId, "team", "create").flatMap(found -> {
            if (!found.mayManageTeam()) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Only the coordinator, their deputy or a team lead can change the team");
            }
            if (!found.participant().isActive()) {
                throw new ProblemException(CoordinatorProblems.PARTICIPANT_NOT_ACTIVE, "The person's follow-up here has ended");
            }
            return professionals.findById(professionalId)
                    .onItem().ifNull().failWith(() -> ProblemException.notFound("Professional " + professionalId))
                    .flatMap(professional -> organisations.requireVisible(organisationId, caller.municipalityId()))
                    .flatMap(organisation -> memberships.isMember(professionalId, organisationId).flatMap(member -> {
                        if (!member) {
                            throw ProblemException.invalidField("organisationId", "the professional does not work for this organisation",
                                    "not-a-member");
                        }
                        return members.activeMembership(participantId, professionalId);
                    }).flatMap(existing -> {
                        if (existing != null) {
                            throw new ProblemException(CoordinatorProblems.ALREADY_ON_TEAM, "The professional is on the team already");
                        }
                        return LockedCount.of("ParticipantRef", "participantId", participantId,
                                "select count(m) from TeamMember m where m.participantId = :id and m.leftAt is null");
                    }).flatMap(current -> {
                        TeamLimits.MEMBERS_OF_A_TEAM.admitOneMore(current);
                        return rules.allows(participantId, organisationId);
                    }).flatMap(allowed -> {
                        if (!allowed) {
                            throw new ProblemException(CoordinatorProblems.CONSENT_REQUIRED, "No active consent lets " + organisation.name
                                    + " see basic information about the person: record the person's consent for that organisation"
                                    + " (or the whole team) first");
                        }
                        TeamMember member = TeamMember.joined(participantId, caller.municipalityId(), professionalId, organisationId,
                                role, clock.instant(), caller.subject());
                        return members.persist(member).call(saved -> events.publish(new TeamMemberAdded(saved.id, participantId,
                                professionalId, organisationId, saved.role), caller.municipalityId(), participantId.toString(), caller.actor()));
                    }))
                    .flatMap(saved -> team(participantId));
        });
    }

    @WithTransaction
    public Uni<Team> remove(Caller caller, UUID participantId, UUID memberId) {
        return access.open(caller, participantId, "team", "delete").flatMap(found -> {
            if (!found.mayManageTeam()) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Only the coordinator, their deputy or a team lead can change the team");
            }
            return members.requireActive(participantId, memberId).flatMap(member -> {
                member.leave(clock.instant(), caller.subject());
                return events.publish(new TeamMemberRemoved(member.id, participantId, member.professionalId),
                        caller.municipalityId(), participantId.toString(), caller.actor());
            }).flatMap(published -> team(participantId));
        });
    }

    /**
     * The professional who accepted a referral joins the person's team for the receiving organisation (no one decides this by
     * hand: accepting was the decision). Nothing when they are on it already, or do not work for that organisation (the
     * registry says otherwise than the referrals service's projection did); suspended at once, as any member, if no consent
     * covers their organisation by now. Call within a transaction.
     */
    public Uni<Void> joinByReferral(UUID participantId, String municipalityId, UUID professionalId, UUID organisationId, String role,
                                    dev.helhet.contracts.Actor actor) {
        return memberships.isMember(professionalId, organisationId).flatMap(works -> !works ? Uni.createFrom().voidItem()
                : members.activeMembership(participantId, professionalId).flatMap(existing -> existing != null ? Uni.createFrom().voidItem()
                        : rules.allows(participantId, organisationId).flatMap(allowed ->
                                joined(participantId, municipalityId, professionalId, organisationId, role, allowed, actor))));
    }

    /** A member added without a caller (by an event), suspended from the start when the rules do not admit them. */
    private Uni<Void> joined(UUID participantId, String municipalityId, UUID professionalId, UUID organisationId, String role, boolean allowed,
                             dev.helhet.contracts.Actor actor) {
        Instant now = clock.instant();
        TeamMember member = TeamMember.joined(participantId, municipalityId, professionalId, organisationId, role, now, actor.subject());
        if (!allowed) {
            member.suspend("no-consent", now);
        }
        Uni<Void> added = members.persist(member).flatMap(saved -> events.publish(new TeamMemberAdded(saved.id, participantId,
                professionalId, organisationId, saved.role), municipalityId, participantId.toString(), actor)).replaceWithVoid();
        return allowed ? added : added.chain(() -> events.publish(new dev.helhet.contracts.coordinators.TeamMemberSuspended(member.id,
                participantId, professionalId, organisationId, "no-consent"), municipalityId, participantId.toString(), actor)).replaceWithVoid();
    }

    private Uni<Team> team(UUID participantId) {
        return assignments.active(participantId).flatMap(coordinator -> members.active(participantId).flatMap(team ->
                network.current(participantId).flatMap(people -> {
                    Set<UUID> professionalIds = new HashSet<>();
                    Set<UUID> organisationIds = new HashSet<>();
                    team.forEach(member -> {
                        professionalIds.add(member.professionalId);
                        organisationIds.add(member.organisationId);
                    });
                    if (coordinator != null) {
                        professionalIds.add(coordinator.professionalId);
                        organisationIds.add(coordinator.organisationId);
                    }
                    return professionals.byIds(professionalIds).flatMap(named -> organisations.byIds(organisationIds)
                            .flatMap(orgs -> consents.consentsOf(participantId).map(given -> new Team(participantId, coordinator, team,
                                    people, named, orgs, admitted(team, coordinator, given)))));
                })));
    }

    private Set<UUID> admitted(List<TeamMember> team, CoordinatorAssignment coordinator, List<ConsentTerms> given) {
        Instant now = clock.instant();
        UUID coordinatorOrganisation = coordinator == null ? null : coordinator.organisationId;
        return team.stream().filter(member -> NeedToKnow.admitsTeamMember(member.organisationId, coordinatorOrganisation, given, now))
                .map(member -> member.id).collect(Collectors.toUnmodifiableSet());
    }
}
