package dev.helhet.participants.rest;

import dev.helhet.common.http.Created;
import dev.helhet.common.idempotency.IdempotencyKeys;
import dev.helhet.common.idempotency.Idempotent;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.participants.service.NetworkService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/** The person's private network. */
@Path("/api/v1/participants/{participantId}/network")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Network", description = "People from the person's private network who can join follow-up")
public class NetworkResource {

    private final NetworkService network;
    private final CallerContext caller;

    public NetworkResource(NetworkService network, CallerContext caller) {
        this.network = network;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ApiRoles.COORDINATOR, ApiRoles.TEAM_LEAD, ApiRoles.PROFESSIONAL})
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "addNetworkPerson",
            summary = "Add a network person", description = "Publishes NetworkPersonAdded (without name or contact).")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NetworkPersonResponse.class)),
            headers = @Header(name = "Location", description = "Path of the created resource", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "`participant-not-active`")
    public Uni<RestResponse<NetworkPersonResponse>> add(@PathParam("participantId") UUID participantId,
                                                        @Valid @NotNull NetworkPersonRequest request) {
        return network.add(caller.inMunicipality(), participantId, new NetworkService.Details(request.name(), request.relation(),
                        request.phone(), request.email(), Boolean.TRUE.equals(request.joinsFollowUpMeetings())))
                .map(person -> Created.at("/api/v1/participants/" + participantId + "/network/" + person.id, NetworkPersonResponse.of(person)));
    }

    @GET
    @RolesAllowed({ApiRoles.COORDINATOR, ApiRoles.TEAM_LEAD, ApiRoles.PROFESSIONAL})
    @Operation(operationId = "listNetworkPersons", summary = "The person's current network")
    @APIResponse(responseCode = "200", description = "The network persons")
    public Uni<Page<NetworkPersonResponse>> list(@PathParam("participantId") UUID participantId, @Valid @BeanParam PageRequest paging) {
        return network.current(caller.inMunicipality(), participantId)
                .map(people -> Page.of(people, paging).map(NetworkPersonResponse::of));
    }

    @DELETE
    @Path("/{networkPersonId}")
    @RolesAllowed({ApiRoles.COORDINATOR, ApiRoles.TEAM_LEAD, ApiRoles.PROFESSIONAL})
    @Operation(operationId = "removeNetworkPerson",
            summary = "Remove a network person", description = "Kept in the person's record as removed. Publishes NetworkPersonRemoved.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Uni<Void> remove(@PathParam("participantId") UUID participantId, @PathParam("networkPersonId") UUID networkPersonId) {
        return network.remove(caller.inMunicipality(), participantId, networkPersonId);
    }
}
