package dev.helhet.coordinators.rest;

import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.coordinators.service.CaseloadService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** "My people" with the flags that matter, and the team lead's queue of people without a coordinator. */
@Path("/api/v1/coordinators/caseload")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Caseload", description = "The people a coordinator follows, and who still needs one")
public class CaseloadResource {

    private final CaseloadService caseload;
    private final CallerContext caller;
    private final CaseloadService.Thresholds defaults;

    public CaseloadResource(CaseloadService caseload, CallerContext caller,
                            @ConfigProperty(name = "helhet.caseload.programme-ending-months") int programmeEndingMonths,
                            @ConfigProperty(name = "helhet.caseload.consent-expiring-days") int consentExpiringDays,
                            @ConfigProperty(name = "helhet.caseload.no-meeting-weeks") int noMeetingWeeks) {
        this.caseload = caseload;
        this.caller = caller;
        this.defaults = new CaseloadService.Thresholds(programmeEndingMonths, consentExpiringDays, noMeetingWeeks);
    }

    /** One person on a caseload (names come from the participants service). */
    @Schema(name = "CaseloadEntry")
    public record Entry(
            @Schema(description = "The person") UUID participantId,
            @Schema(description = "Their coordinator; absent in the unassigned queue") UUID coordinatorId,
            @Schema(description = "Set when the caller sees this person as deputy for this absent colleague") UUID coveringFor,
            @Schema(description = "active, moved or closed", example = "active") String status,
            @Schema(description = "When the person was registered") Instant registeredAt,
            @Schema(description = "The nearest planned end of a programme they are in", example = "2027-02-01") LocalDate nextProgrammeEnd,
            @Schema(description = "When the nearest active consent expires") Instant nextConsentExpiry,
            @Schema(description = "When a meeting with the person (team meeting, follow-up, transition) was last held") Instant lastTeamMeetingAt,
            @Schema(description = "The nearest date a transition the municipality's rules ask for is due by", example = "2027-08-02")
            LocalDate nextTransitionDue,
            @Schema(uniqueItems = true, description = "What needs attention", example = "[\"programme-ending\", \"consent-expiring\"]")
            List<CaseloadService.Flag> flags) {

        static Entry of(CaseloadService.Entry entry) {
            return new Entry(entry.participantId(), entry.coordinatorId(), entry.coveringFor(), entry.status(), entry.registeredAt(),
                    entry.nextProgrammeEnd(), entry.nextConsentExpiry(), entry.lastTeamMeetingAt(), entry.nextTransitionDue(),
                    entry.flags());
        }
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD})
    @Operation(operationId = "listMyCaseload",
            summary = "My people", description = "The people I coordinate, and while a colleague is away the people of the"
            + " colleague I deputise for (marked coveringFor), with flags. Newest first. Each person listed is written to their"
            + " access log (resource caseload, action list).")
    @APIResponse(responseCode = "200", description = "My caseload")
    public Uni<Page<Entry>> mine(
            @Parameter(description = "Flag programmes ending within this many months", example = "3")
            @QueryParam("programmeEndingMonths") @Min(0) @Max(24) Integer programmeEndingMonths,
            @Parameter(description = "Flag consents expiring within this many days", example = "30")
            @QueryParam("consentExpiringDays") @Min(0) @Max(365) Integer consentExpiringDays,
            @Parameter(description = "Flag teams that have not met for this many weeks", example = "6")
            @QueryParam("noMeetingWeeks") @Min(1) @Max(52) Integer noMeetingWeeks, @Valid @BeanParam PageRequest paging) {
        return caseload.mine(caller.inMunicipality(), thresholds(programmeEndingMonths, consentExpiringDays, noMeetingWeeks), paging)
                .map(entries -> entries.map(Entry::of));
    }

    @GET
    @Path("/unassigned")
    @RolesAllowed(Roles.TEAM_LEAD)
    @Operation(operationId = "listUnassignedParticipants",
            summary = "People without a coordinator", description = "The team lead's queue, oldest registration first. Each"
            + " person on the page is written to their access log (resource unassigned-queue, action list).")
    @APIResponse(responseCode = "200", description = "One page")
    public Uni<Page<Entry>> unassigned(
            @Valid @BeanParam PageRequest paging,
            @Parameter(description = "Flag programmes ending within this many months", example = "3")
            @QueryParam("programmeEndingMonths") @Min(0) @Max(24) Integer programmeEndingMonths,
            @Parameter(description = "Flag consents expiring within this many days", example = "30")
            @QueryParam("consentExpiringDays") @Min(0) @Max(365) Integer consentExpiringDays) {
        return caseload.unassigned(caller.inMunicipality(), thresholds(programmeEndingMonths, consentExpiringDays, null), paging)
                .map(found -> found.map(Entry::of));
    }

    private CaseloadService.Thresholds thresholds(Integer months, Integer days, Integer weeks) {
        return new CaseloadService.Thresholds(months == null ? defaults.programmeEndingMonths() : months,
                days == null ? defaults.consentExpiringDays() : days, weeks == null ? defaults.noMeetingWeeks() : weeks);
    }
}
