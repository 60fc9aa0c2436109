package dev.helhet.statistics.rest;

import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.statistics.service.IndicatorService;
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

/** The headline figure for the caller's municipality only. */
@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Headline figures of the caller's municipality, built from events.")
public class StatisticsResource {

    private final IndicatorService indicators;
    private final CallerContext caller;

    public StatisticsResource(IndicatorService indicators, CallerContext caller) {
        this.indicators = indicators;
        this.caller = caller;
    }

    @GET
    @Path("/overview")
    @RolesAllowed({Roles.ANALYST, Roles.TEAM_LEAD, Roles.MUNICIPALITY_ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "getStatisticsOverview", summary = "Headline figures of the caller's municipality",
            description = "Built from events, so a change shows here within seconds rather than at once.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OverviewResponse.class)))
    public Uni<OverviewResponse> overview() {
        var acting = caller.inMunicipality();
        return indicators.registered(acting).map(count -> new OverviewResponse(acting.municipalityId(), count));
    }
}
