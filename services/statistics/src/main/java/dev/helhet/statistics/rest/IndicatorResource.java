package dev.helhet.statistics.rest;

import dev.helhet.common.input.Codes;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.statistics.domain.Dimension;
import dev.helhet.statistics.domain.Indicator;
import dev.helhet.statistics.domain.Measure;
import dev.helhet.statistics.service.IndicatorService;
import dev.helhet.statistics.service.Period;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/** The indicators: a municipality's own figures for its analysts and admins, every municipality's (protected) for the platform admin. */
@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "The indicators' definitions and figures: a municipality's own for its analysts and admins, every"
        + " municipality's (protected) for the platform admin.")
public class IndicatorResource {

    /** The most any indicator has of each, as the OpenAPI document promises; IndicatorDefinitionBoundsTest holds them to it. */
    static final int MOST_DIMENSIONS = 20;
    static final int MOST_MEASURES = 30;
    static final int MOST_PARTITIONS = 10;

    private final IndicatorService indicators;
    private final CallerContext caller;

    public IndicatorResource(IndicatorService indicators, CallerContext caller) {
        this.indicators = indicators;
        this.caller = caller;
    }

    /** The schema of one partition of an indicator's counts: measure codes, the sum first. */
    @Schema(name = "IndicatorPartition", type = SchemaType.ARRAY, implementation = String.class, maxItems = MOST_MEASURES,
            description = "Measure codes: the first is the sum of the others")
    static final class Partition {
    }

    @Schema(name = "IndicatorDefinition", description = "What an indicator measures and how it may be broken down (docs/statistics.md)")
    record DefinitionResponse(
            @Schema(description = "The indicator's code", required = true, example = "referrals") String code,
            @Schema(description = "A figure as of now (no period)", required = true) boolean snapshot,
            @Schema(maxItems = MOST_DIMENSIONS, description = "What its rows may be", required = true, example = "[\"month\", \"quarter\", \"programme\"]")
            List<String> dimensions,
            @Schema(maxItems = MOST_MEASURES, description = "Its measures: code and kind (count, days, share, ratio)", required = true) List<MeasureResponse> measures,
            @Schema(maxItems = MOST_PARTITIONS, description = "Counts that add up: the first of each list is the sum of the others (e.g. ended = work + education"
                    + " + neither + moved + other)", required = true, example = "[[\"ended\", \"work\", \"education\"]]",
                    type = SchemaType.ARRAY, implementation = Partition.class) List<List<String>> partitions) {
    }

    @Schema(name = "IndicatorMeasure", description = "One figure of an indicator")
    record MeasureResponse(
            @Schema(description = "The measure's code", required = true, example = "accepted") String code,
            @Schema(description = "count, days, share (0 to 1) or ratio", required = true, example = "count") String kind) {
    }

    @GET
    @Path("/indicators")
    @RolesAllowed({Roles.ANALYST, Roles.MUNICIPALITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "listIndicators",
            summary = "Every indicator, its measures and dimensions", description = "Defined in words in docs/statistics.md.")
    @APIResponse(responseCode = "200", description = "One page of the indicators")
    public Page<DefinitionResponse> definitions(@Valid @BeanParam PageRequest paging) {
        return Page.of(Arrays.stream(Indicator.values())
                .map(indicator -> new DefinitionResponse(indicator.code(), indicator.snapshot(),
                        Arrays.stream(Dimension.values()).filter(indicator::allows).map(Dimension::code).toList(),
                        indicator.measures().stream().map(measure -> new MeasureResponse(measure.code(), kind(measure))).toList(),
                        indicator.partitions()))
                .toList(), paging);
    }

    @GET
    @Path("/indicators/{indicator}")
    @RolesAllowed({Roles.ANALYST, Roles.MUNICIPALITY_ADMIN})
    @Operation(operationId = "getMunicipalityIndicator", summary = "An indicator of the caller's municipality",
            description = "By month, quarter, programme, age band or the indicator's own attribute; every figure of the municipality"
                    + " (no name, id of a person or free text is ever part of one). Built from events: a change shows within seconds.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorTableResponse.class)))
    public Uni<IndicatorTableResponse> ofMunicipality(
            @Parameter(description = "The indicator", example = "programme-outcomes") @PathParam("indicator") String indicator,
            @Parameter(description = "What the rows are (month by default; programme for a figure as of now)", example = "month")
            @QueryParam("by") String by,
            @Parameter(description = "First month, YYYY-MM (default: eleven months before `to`)", example = "2026-01") @QueryParam("from") String from,
            @Parameter(description = "Last month, YYYY-MM (default: this month)", example = "2026-12") @QueryParam("to") String to,
            @Parameter(description = "For recent-meetings: how many weeks back a meeting counts (default 8)", example = "8")
            @QueryParam("weeks") @Min(1) @Max(52) Integer weeks) {
        return indicators.forMunicipality(caller.inMunicipality(), question(indicator, by, from, to, weeks))
                .map(IndicatorTableResponse::of);
    }

    @GET
    @Path("/region/indicators/{indicator}")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(operationId = "getRegionIndicator", summary = "An indicator across every municipality, protected",
            description = "For the platform admin: one closed quarter, by municipality (default) or a property the indicator allows."
                    + " Counts from 1 to 4, and counts that would reveal one by subtraction (also to a municipality that knows its own"
                    + " figures), are withheld (`suppressed`). A figure as of now is by municipality only.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorTableResponse.class)))
    public Uni<IndicatorTableResponse> ofRegion(
            @Parameter(description = "The indicator", example = "referrals") @PathParam("indicator") String indicator,
            @Parameter(description = "What the rows are (municipality by default)", example = "municipality") @QueryParam("by") String by,
            @Parameter(description = "A closed quarter, YYYY-Qn (default: the last one)", example = "2026-Q3") @QueryParam("quarter") String quarter,
            @Parameter(description = "For recent-meetings: how many weeks back a meeting counts (default 8)", example = "8")
            @QueryParam("weeks") @Min(1) @Max(52) Integer weeks) {
        Indicator named = Indicators.named(indicator);
        Dimension rows = by == null || by.isBlank() ? Dimension.MUNICIPALITY : Codes.parse(Dimension.class, by, "by");
        return indicators.forRegion(new IndicatorService.Question(named, rows, Period.ofClosedQuarter(quarter, indicators.today()),
                        weeks == null ? IndicatorService.DEFAULT_WEEKS : weeks))
                .map(IndicatorTableResponse::of);
    }

    private IndicatorService.Question question(String indicatorCode, String byCode, String from, String to, Integer weeks) {
        Indicator indicator = Indicators.named(indicatorCode);
        Dimension by = Codes.parse(Dimension.class, byCode, "by");
        if (by == null) {
            by = indicator.snapshot() ? Dimension.PROGRAMME : Dimension.MONTH;
        }
        return new IndicatorService.Question(indicator, by, Period.ofMonths(from, to, indicators.today()),
                weeks == null ? IndicatorService.DEFAULT_WEEKS : weeks);
    }

    private static String kind(Measure measure) {
        return measure.kind().name().toLowerCase(java.util.Locale.ROOT);
    }
}
