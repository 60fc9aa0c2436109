package dev.helhet.coordinators.rest;

import dev.helhet.careaccess.client.SignedInPerson;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.coordinators.service.TeamService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The person signed in as themself: the people who help them, in every municipality, and how to reach them. */
@Path("/api/v1/coordinators/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My team", description = "What the person sees of the coordination around them")
public class MyTeamResource {

    private final SignedInPerson signedIn;
    private final TeamService teams;
    private final JsonWebToken token;

    public MyTeamResource(SignedInPerson signedIn, TeamService teams, JsonWebToken token) {
        this.signedIn = signedIn;
        this.teams = teams;
        this.token = token;
    }

    @GET
    @Path("/team")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(operationId = "getMyTeams",
            summary = "My coordinators and teams", description = "For the person signed in as themself (their token proves their"
            + " identity number). The participants service says which registered records are theirs: one team per municipality"
            + " that registered them. Suspended members are listed and marked: they see nothing until the person's consent covers"
            + " their organisation.")
    @APIResponse(responseCode = "200", description = "Each municipality's coordinator and team, with work contact details",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyTeamDtos.MyTeams.class)))
    @APIResponse(responseCode = "404", description = "`not-registered`: no municipality has registered the person")
    @APIResponse(responseCode = "503", description = "`unavailable`: the participants service did not answer")
    public Uni<MyTeamDtos.MyTeams> team() {
        return signedIn.of(token).flatMap(registrations -> Multi.createFrom().iterable(registrations)
                        .onItem().transformToUniAndConcatenate(registration -> teams.ofPerson(registration.participantId())
                                .map(team -> MyTeamDtos.MyTeam.of(registration.municipalityId(), team)))
                        .collect().asList())
                .map(MyTeamDtos.MyTeams::new);
    }
}
