package dev.helhet.statistics.rest;

import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.statistics.service.Rebuilds;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;

/** Rebuilding the read model from the topics, for the platform admin (docs/operations.md). */
@Path("/api/v1/statistics/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics operations", description = "Rebuilding the statistics read model from the event topics, and following its progress,"
        + " for the platform admin.")
public class RebuildResource {

    static final ProblemType REBUILD_RUNNING = new ProblemType("rebuild-running", "A rebuild is running", 409);
    static final ProblemType TOPICS_INCOMPLETE = new ProblemType("topics-incomplete", "The topics no longer hold every event", 409);

    private final Rebuilds rebuilds;
    private final Clock clock;

    public RebuildResource(Rebuilds rebuilds, Clock clock) {
        this.rebuilds = rebuilds;
        this.clock = clock;
    }

    @Schema(name = "StatisticsRebuild", description = "Where a rebuild of the statistics read model stands")
    record ProgressResponse(
            @Schema(description = "idle, running, done or failed", required = true, enumeration = {"idle", "running", "done", "failed"})
            String state,
            @Schema(description = "When it began", example = "2026-12-01T03:00:00Z") String startedAt,
            @Schema(description = "When it ended", example = "2026-12-01T03:00:41Z") String finishedAt,
            @Schema(description = "Events read from the topics so far", required = true, example = "1000000") long events,
            @Schema(description = "Events read per second", required = true, example = "24390.2") double eventsPerSecond,
            @Schema(description = "The kind of failure, when it failed", example = "TimeoutException") String failure) {

        static ProgressResponse of(Rebuilds.Progress progress, Clock clock) {
            return new ProgressResponse(progress.state().name().toLowerCase(java.util.Locale.ROOT),
                    progress.startedAt() == null ? null : progress.startedAt().toString(),
                    progress.finishedAt() == null ? null : progress.finishedAt().toString(), progress.events(),
                    Math.round(progress.eventsPerSecond(clock.instant()) * 10) / 10.0, progress.failure());
        }
    }

    @Schema(name = "StatisticsRebuildRequest")
    record RebuildRequest(
            @jakarta.validation.constraints.Size(max = 200) @Schema(description = "Why, for the operations log", example = "indicator definitions changed in 1.4") String reason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(operationId = "startStatisticsRebuild",
            summary = "Rebuild the statistics from the topics", description = "Empties the read model and reads every topic from its"
            + " first retained event; figures are incomplete until it is done (GET shows progress). 409 `rebuild-running` while one runs, `topics-incomplete` (nothing emptied) when retention has deleted events.")
    @APIResponse(responseCode = "202", description = "Started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressResponse.class)))
    @APIResponse(responseCode = "409", description = "`rebuild-running` or `topics-incomplete`")
    public Response start(@Valid RebuildRequest request) {
        switch (rebuilds.start(request == null ? null : request.reason())) {
            case ALREADY_RUNNING -> throw ProblemException.conflict(REBUILD_RUNNING,
                    "Wait until the running rebuild is done (GET /api/v1/statistics/rebuild)");
            case TOPICS_INCOMPLETE -> throw ProblemException.conflict(TOPICS_INCOMPLETE, "A topic no longer begins with its first event, so a"
                    + " replay would lose figures; nothing was emptied. Restore the fact table from a backup instead (docs/operations.md)");
            case STARTED -> {
            }
        }
        return Response.accepted(ProgressResponse.of(rebuilds.progress(), clock)).build();
    }

    @GET
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(operationId = "getStatisticsRebuildProgress", summary = "Where the last rebuild stands")
    @APIResponse(responseCode = "200", description = "Its progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressResponse.class)))
    public ProgressResponse progress() {
        return ProgressResponse.of(rebuilds.progress(), clock);
    }
}
