package dev.helhet.statistics.rest;

import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.statistics.repository.ParticipantRegistrationRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Aggregated figures for the caller's municipality only. */
@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
@SecurityRequirement(name = "bearer")
public class StatisticsResource {

    private final ParticipantRegistrationRepository registrations;
    private final CallerContext caller;

    public StatisticsResource(ParticipantRegistrationRepository registrations, CallerContext caller) {
        this.registrations = registrations;
        this.caller = caller;
    }

    @GET
    @Path("/overview")
    @Authenticated
    @WithSession
    @Operation(summary = "Headline figures of the caller's municipality",
            description = "Built from events, so a change shows here within seconds rather than at once.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OverviewResponse.class)))
    public Uni<OverviewResponse> overview() {
        String municipalityId = caller.municipalityId();
        return registrations.countInMunicipality(municipalityId)
                .map(count -> new OverviewResponse(municipalityId, count));
    }
}
