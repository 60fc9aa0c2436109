package dev.helhet.statistics.rest;

import dev.helhet.statistics.domain.Indicator;
import dev.helhet.statistics.service.IndicatorService;
import dev.helhet.statistics.service.OpenCube;
import dev.helhet.statistics.service.OpenDataFormats;
import dev.helhet.statistics.service.Period;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open data: the indicators' counts for every municipality and the region by quarter, protected, for anyone — the
 * public, researchers, the press — without a token (the gateway rate-limits by address). Codes in docs/statistics.md.
 */
@Path("/api/v1/statistics/open")
@PermitAll
@Tag(name = "Open data", description = "Protected quarterly counts of the indicators for every municipality and the region, as CSV or"
        + " JSON-stat, for anyone without a token.")
public class OpenDataResource {
    // Only closed quarters are published (Period.ofClosedQuarters): a quarter still filling up, fetched day after day,
    // would reveal each new event by difference.

    private static final String CACHE = "public, max-age=900";
    private static final String CSV = "text/csv; charset=utf-8";

    private final IndicatorService indicators;

    public OpenDataResource(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @GET
    @Path("/{dataset}.csv")
    @Produces(CSV)
    @Operation(operationId = "getOpenDataCsv",
            summary = "A data set as CSV", description = "One figure per line: dataset, municipality, quarter, measure, value, status."
            + " A withheld figure has no value and the status `:`. Every quarter of the period is present, zeros included.")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(mediaType = CSV, schema = @Schema(type =
            org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "dataset,municipality,quarter,measure,value,status\r\n"
            + "referrals,asker,2026-Q3,requested,41,\r\nreferrals,asker,2026-Q3,rejected,,:\r\n")))
    public Uni<Response> csv(
            @Parameter(description = "The data set: an indicator with a period (docs/statistics.md)", example = "programme-outcomes")
            @PathParam("dataset") String dataset,
            @Parameter(description = "First quarter, YYYY-Qn (default: seven quarters before `to`)", example = "2025-Q1") @QueryParam("from") String from,
            @Parameter(description = "Last quarter, YYYY-Qn: a closed one (default: the last closed one)", example = "2026-Q3") @QueryParam("to") String to) {
        return cube(dataset, from, to).map(cube -> Response.ok(OpenDataFormats.csv(cube), CSV)
                .header("Cache-Control", CACHE)
                .header("Content-Disposition", "attachment; filename=\"helhet-" + cube.indicator().code() + ".csv\"")
                .build());
    }

    @GET
    @Path("/{dataset}.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOpenDataJsonStat",
            summary = "A data set as JSON-stat 2.0", description = "A JSON-stat dataset (https://json-stat.org/format/) with the"
            + " dimensions municipality (role geo; `region` is every municipality together), quarter (role time) and measure (role"
            + " metric). A withheld figure is null in `value` with the status `:`.")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT, description = "A JSON-stat 2.0 dataset",
                    example = "{\"version\": \"2.0\", \"class\": \"dataset\", \"id\": [\"municipality\", \"quarter\", \"measure\"],"
                            + " \"size\": [2, 1, 2], \"value\": [41, null, 12, 7], \"status\": {\"1\": \":\"}}")))
    public Uni<Response> jsonStat(
            @Parameter(description = "The data set: an indicator with a period (docs/statistics.md)", example = "referrals")
            @PathParam("dataset") String dataset,
            @Parameter(description = "First quarter, YYYY-Qn (default: seven quarters before `to`)", example = "2025-Q1") @QueryParam("from") String from,
            @Parameter(description = "Last quarter, YYYY-Qn: a closed one (default: the last closed one)", example = "2026-Q3") @QueryParam("to") String to) {
        return cube(dataset, from, to).map(cube -> Response.ok(OpenDataFormats.jsonStat(cube), MediaType.APPLICATION_JSON)
                .header("Cache-Control", CACHE)
                .build());
    }

    /** The schema of one data set's measure codes. */
    @Schema(name = "OpenDataMeasureCodes", type = SchemaType.ARRAY, implementation = String.class, maxItems = IndicatorResource.MOST_MEASURES)
    static final class MeasureCodes {
    }

    @Schema(name = "OpenDataCodes", description = "The code lists of the open data: data sets with their measures, dimensions, statuses")
    record CodesResponse(
            @Schema(description = "Each data set's code and its measures' codes", required = true,
                    example = "{\"referrals\": [\"requested\", \"accepted\"]}", additionalProperties = MeasureCodes.class)
            Map<String, List<String>> datasets,
            @Schema(description = "The dimensions, in the order of JSON-stat's `id`", required = true,
                    example = "[\"municipality\", \"quarter\", \"measure\"]", maxItems = IndicatorResource.MOST_DIMENSIONS) List<String> dimensions,
            @Schema(description = "The code of the whole region in the municipality dimension", required = true, example = "region") String region,
            @Schema(description = "How a quarter is written", required = true, example = "YYYY-Qn") String quarterFormat,
            @Schema(description = "Status codes and what they mean", required = true) Map<String, String> statuses) {
    }

    @GET
    @Path("/codes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOpenDataCodes",
            summary = "The code lists of the open data", description = "Stable: a code, once published, keeps its meaning.")
    @APIResponse(responseCode = "200", description = "The code lists",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodesResponse.class)))
    public CodesResponse codes() {
        Map<String, List<String>> datasets = new LinkedHashMap<>();
        Arrays.stream(Indicator.values()).filter(indicator -> !indicator.snapshot()).forEach(indicator -> datasets.put(indicator.code(),
                OpenCube.publishedMeasures(indicator)));
        return new CodesResponse(datasets, List.of("municipality", "quarter", "measure"), OpenCube.REGION, "YYYY-Qn",
                Map.of(OpenDataFormats.SUPPRESSED, OpenDataFormats.SUPPRESSED_MEANING));
    }

    private Uni<OpenCube> cube(String dataset, String from, String to) {
        Indicator indicator = Indicators.named(dataset);
        return indicators.open(indicator, Period.ofClosedQuarters(from, to, indicators.today()));
    }
}
