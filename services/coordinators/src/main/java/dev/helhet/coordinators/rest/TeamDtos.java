package dev.helhet.coordinators.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.helhet.coordinators.domain.CoordinatorAssignment;
import dev.helhet.coordinators.domain.Organisation;
import dev.helhet.coordinators.domain.Professional;
import dev.helhet.coordinators.domain.TeamLimits;
import dev.helhet.coordinators.domain.TeamMember;
import dev.helhet.coordinators.service.AssignmentService;
import dev.helhet.coordinators.service.TeamService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Bodies of the coordinator and team operations. */
public final class TeamDtos {

    private TeamDtos() {
    }

    /** Assign or hand over the responsible coordinator. */
    @Schema(name = "CoordinatorInput")
    public record CoordinatorInput(
            @NotNull @Schema(description = "The new coordinator", required = true) UUID professionalId,
            @NotNull @Schema(description = "The organisation they act for (one they work for)", required = true) UUID organisationId,
            @Size(max = 4000) @Schema(description = "Handover note for the new coordinator: what they need to know so the person"
                    + " never has to explain twice", example = "Amina ønsker oppfølging på somali. Neste møte 12.01.") String note) {
    }

    /** Add a professional to the team. */
    @Schema(name = "TeamMemberInput")
    public record MemberInput(
            @NotNull @Schema(description = "The professional", required = true) UUID professionalId,
            @NotNull @Schema(description = "The organisation they represent", required = true) UUID organisationId,
            @NotBlank @Size(max = 100) @Schema(description = "Their role on the team", example = "veileder", required = true) String role) {
    }

    /** One assignment of a coordinator. */
    @Schema(name = "CoordinatorAssignment")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Assignment(
            @Schema(description = "Id") UUID id,
            @Schema(description = "The coordinator") UUID professionalId,
            @Schema(description = "The coordinator's name", example = "Aisha Koordinator") String professionalName,
            @Schema(description = "The organisation they act for") UUID organisationId,
            @Schema(description = "Since when") Instant assignedAt,
            @Schema(description = "Until when, for earlier coordinators") Instant endedAt,
            @Schema(description = "The handover note they received") String handoverNote) {

        static Assignment of(CoordinatorAssignment assignment, Map<UUID, Professional> professionals) {
            Professional professional = professionals.get(assignment.professionalId);
            return new Assignment(assignment.id, assignment.professionalId, professional == null ? null : professional.name,
                    assignment.organisationId, assignment.assignedAt, assignment.endedAt, assignment.handoverNote);
        }
    }

    /** The coordinator now and before. */
    @Schema(name = "Coordination")
    public record Coordination(
            @Schema(description = "The responsible coordinator now; absent when there is none") Assignment current,
            @Schema(description = "The assignments, newest first: the latest " + TeamLimits.ASSIGNMENTS_SHOWN,
                    maxItems = TeamLimits.ASSIGNMENTS_SHOWN) List<Assignment> history) {

        static Coordination of(AssignmentService.Coordination coordination) {
            Map<UUID, Professional> none = Map.of();
            return new Coordination(coordination.current() == null ? null : Assignment.of(coordination.current(), none),
                    coordination.history().stream().limit(TeamLimits.ASSIGNMENTS_SHOWN).map(assignment -> Assignment.of(assignment, none)).toList());
        }
    }

    /** A professional on the team. */
    @Schema(name = "TeamMember")
    public record Member(
            @Schema(description = "Id of the membership") UUID id,
            @Schema(description = "The professional") UUID professionalId,
            @Schema(description = "Their name", example = "Per Veileder") String name,
            @Schema(description = "Their profession", example = "veileder") String profession,
            @Schema(description = "The organisation they represent") UUID organisationId,
            @Schema(description = "Its name", example = "NAV Asker") String organisationName,
            @Schema(description = "Their role on the team", example = "veileder") String role,
            @Schema(description = "Since when") Instant joinedAt,
            @Schema(description = "True while no consent covers their organisation: they see nothing of the person") boolean suspended,
            @Schema(description = "Why suspended", example = "consent-revoked") String suspensionReason) {
    }

    /** A person from the private network (names are in the participants service). */
    @Schema(name = "TeamNetworkPerson")
    public record NetworkPerson(
            @Schema(description = "Id of the network person in the participants service") UUID networkPersonId,
            @Schema(description = "Whether they take part in follow-up meetings") boolean joinsFollowUpMeetings) {
    }

    /** The team around a person. */
    @Schema(name = "Team")
    public record Team(
            @Schema(description = "The person") UUID participantId,
            @Schema(description = "The responsible coordinator; absent when there is none") Assignment coordinator,
            @Schema(description = "Professionals on the team, by when they joined", maxItems = TeamLimits.MEMBERS) List<Member> members,
            @Schema(description = "Network persons", maxItems = TeamLimits.NETWORK) List<NetworkPerson> network) {

        static Team of(TeamService.Team team) {
            Map<UUID, Professional> professionals = team.professionalsById();
            Map<UUID, Organisation> organisations = team.organisationsById();
            return new Team(team.participantId(),
                    team.coordinator() == null ? null : Assignment.of(team.coordinator(), professionals),
                    team.members().stream().limit(TeamLimits.MEMBERS)
                            .map(member -> member(member, team.suspended(member), professionals, organisations)).toList(),
                    team.network().stream().limit(TeamLimits.NETWORK).map(person -> new NetworkPerson(person.networkPersonId, person.joinsFollowUpMeetings)).toList());
        }

        private static Member member(TeamMember member, boolean suspended, Map<UUID, Professional> professionals,
                                     Map<UUID, Organisation> organisations) {
            Professional professional = professionals.get(member.professionalId);
            Organisation organisation = organisations.get(member.organisationId);
            return new Member(member.id, member.professionalId, professional == null ? null : professional.name,
                    professional == null ? null : professional.profession, member.organisationId,
                    organisation == null ? null : organisation.name, member.role, member.joinedAt, suspended,
                    suspended ? (member.suspensionReason == null ? "no-consent" : member.suspensionReason) : null);
        }
    }
}
