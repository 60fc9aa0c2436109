package dev.helhet.referrals.rest;

import dev.helhet.common.concurrency.EntityTags;
import dev.helhet.common.concurrency.VersionChecked;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.referrals.domain.CalendarCountry;
import dev.helhet.referrals.domain.ReferralSettings;
import dev.helhet.referrals.service.ReferralRules;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The municipality's rules for answering referrals in time: read by everyone who refers, set by its admin. */
@Path("/api/v1/referrals/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referral settings", description = "The municipality's rules for answering referrals in time: read by everyone who refers, set"
        + " by its admin.")
public class ReferralSettingsResource {

    private final ReferralRules rules;
    private final CallerContext caller;

    public ReferralSettingsResource(ReferralRules rules, CallerContext caller) {
        this.rules = rules;
        this.caller = caller;
    }

    @Schema(name = "ReferralSettings")
    record SettingsBody(
            @NotNull @Schema(description = "The country whose public holidays count (NO, SE, DK)", required = true, example = "NO")
            CalendarCountry country,
            @NotNull @Min(1) @Max(60) @Schema(description = "Working days a service has to answer a referral", required = true, example = "5")
            Integer answerWithinWorkingDays,
            @NotNull @Schema(description = "The version read (-1 while the defaults apply)", required = true, example = "-1") Long version) {

        static SettingsBody of(ReferralSettings settings) {
            return new SettingsBody(settings.country, settings.answerWithinWorkingDays, settings.version);
        }
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD, Roles.MUNICIPALITY_ADMIN})
    @Operation(operationId = "getReferralSettings",
            summary = "The municipality's referral settings", description = "The defaults (version -1) until its admin sets them.")
    @APIResponse(responseCode = "200", description = "The settings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettingsBody.class)))
    public Uni<SettingsBody> get() {
        return rules.get(caller.inMunicipality()).map(SettingsBody::of);
    }

    @PUT
    @RolesAllowed(Roles.MUNICIPALITY_ADMIN)
    @VersionChecked
    @Parameter(ref = EntityTags.IF_MATCH_PARAMETER)
    @Operation(operationId = "updateReferralSettings",
            summary = "Set the municipality's referral settings", description = "With the version read (409 `stale-version` otherwise).")
    @APIResponse(responseCode = "200", description = "Set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettingsBody.class)))
    public Uni<SettingsBody> change(@Valid @NotNull SettingsBody body) {
        return rules.change(caller.inMunicipality(), body.version(), body.country(), body.answerWithinWorkingDays()).map(SettingsBody::of);
    }
}
