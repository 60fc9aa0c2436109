package dev.helhet.agreements.rest;

import dev.helhet.agreements.service.ActionService;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.common.tenancy.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A professional's own open actions across their people: the start page's "my actions". */
@Path("/api/v1/agreements/actions/mine")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My open actions", description = "A professional's own planned and in-progress actions across the people they follow, for their"
        + " start page.")
public class MyActionsResource {

    private final ActionService actions;
    private final CallerContext caller;

    public MyActionsResource(ActionService actions, CallerContext caller) {
        this.actions = actions;
        this.caller = caller;
    }

    @Schema(name = "MyAction")
    record MyAction(
            @Schema(description = "The person whose plan it is on", required = true) UUID participantId,
            @Schema(description = "The action", required = true) PlanDtos.ActionResponse action) {
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD})
    @Operation(operationId = "listMyOpenActions",
            summary = "My open actions", description = "The planned and in-progress actions the caller carries out, overdue first,"
            + " for the people they may still see and in categories open to them. Each person shown is in their access log.")
    @APIResponse(responseCode = "200", description = "My actions")
    public Uni<Page<MyAction>> mine(@Valid @BeanParam PageRequest paging) {
        return actions.mine(caller.inMunicipality(), paging).map(found -> found
                .map(own -> new MyAction(own.participantId(), PlanDtos.ActionResponse.of(own.view()))));
    }
}
