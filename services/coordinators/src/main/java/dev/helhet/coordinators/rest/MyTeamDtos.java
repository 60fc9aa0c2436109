package dev.helhet.coordinators.rest;

import dev.helhet.common.input.InputBounds;
import dev.helhet.coordinators.domain.Organisation;
import dev.helhet.coordinators.domain.Professional;
import dev.helhet.coordinators.domain.TeamLimits;
import dev.helhet.coordinators.service.TeamService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The person's own view of the people who help them, in each municipality: who, from where, and how to reach them. */
public final class MyTeamDtos {

    private MyTeamDtos() {
    }

    /** One professional around the person. */
    @Schema(name = "MyTeamPerson")
    public record Helper(
            @Schema(description = "Their sign-in id, to match entries of the person's access log") String subject,
            @Schema(description = "Name", example = "Aisha Koordinator") String name,
            @Schema(description = "Profession", example = "programrådgiver") String profession,
            @Schema(description = "The organisation they act for") UUID organisationId,
            @Schema(description = "Its name", example = "Flyktningtjenesten Asker") String organisationName,
            @Schema(description = "Their role on the team", example = "veileder") String role,
            @Schema(description = "Work phone", example = "+47 66 00 00 00") String phone,
            @Schema(description = "Work e-mail") String email,
            @Schema(description = "True while the person's consent does not cover their organisation: they see nothing") boolean suspended) {
    }

    /** The teams around the person: one per municipality that has registered them. */
    @Schema(name = "MyTeams")
    public record MyTeams(
            @Schema(description = "One team per record, in the order of the person's records (active first)",
                    maxItems = InputBounds.MOST_MUNICIPALITIES) List<MyTeam> teams) {
    }

    @Schema(name = "MyTeam")
    public record MyTeam(
            @Schema(description = "The municipality whose services these are", example = "asker") String municipalityId,
            @Schema(description = "The person's record there") UUID participantId,
            @Schema(description = "The responsible coordinator; absent when there is none") Helper coordinator,
            @Schema(description = "The other professionals on the team", maxItems = TeamLimits.MEMBERS) List<Helper> members) {

        static MyTeam of(String municipalityId, TeamService.Team team) {
            Map<UUID, Professional> professionals = team.professionalsById();
            Map<UUID, Organisation> organisations = team.organisationsById();
            Helper coordinator = team.coordinator() == null ? null
                    : helper(professionals.get(team.coordinator().professionalId), organisations.get(team.coordinator().organisationId),
                    null, false);
            List<Helper> members = team.members().stream().limit(TeamLimits.MEMBERS)
                    .map(member -> helper(professionals.get(member.professionalId), organisations.get(member.organisationId), member.role,
                            team.suspended(member)))
                    .toList();
            return new MyTeam(municipalityId, team.participantId(), coordinator, members);
        }

        private static Helper helper(Professional professional, Organisation organisation, String role, boolean suspended) {
            return new Helper(professional == null ? null : professional.subject, professional == null ? null : professional.name,
                    professional == null ? null : professional.profession, organisation == null ? null : organisation.id,
                    organisation == null ? null : organisation.name, role, professional == null ? null : professional.phone,
                    professional == null ? null : professional.email, suspended);
        }
    }
}
