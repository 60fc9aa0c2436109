package dev.helhet.statistics.rest;

import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.statistics.service.OverviewService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Aggregated figures for the caller's municipality only. */
@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
public class StatisticsResource {

    private final OverviewService overviews;
    private final CallerContext caller;

    public StatisticsResource(OverviewService overviews, CallerContext caller) {
        this.overviews = overviews;
        this.caller = caller;
    }

    @GET
    @Path("/overview")
    @RolesAllowed({Roles.ANALYST, Roles.TEAM_LEAD, Roles.MUNICIPALITY_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Headline figures of the caller's municipality",
            description = "Built from events, so a change shows here within seconds rather than at once.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OverviewResponse.class)))
    public Uni<OverviewResponse> overview() {
        return overviews.overview(caller.inMunicipality())
                .map(overview -> new OverviewResponse(overview.municipalityId(), overview.participants()));
    }
}
