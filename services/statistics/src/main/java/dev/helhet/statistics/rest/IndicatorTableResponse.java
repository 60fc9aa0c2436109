package dev.helhet.statistics.rest;

import dev.helhet.common.input.InputBounds;
import dev.helhet.statistics.service.IndicatorTable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** An indicator's figures by one dimension, as the caller may see them. */
@Schema(name = "IndicatorTable", description = "An indicator's figures by one dimension, with the total")
public record IndicatorTableResponse(
        @Schema(description = "The indicator (docs/statistics.md)", required = true, example = "programme-outcomes") String indicator,
        @Schema(description = "What the rows are", required = true, example = "month") String by,
        @Schema(description = "The municipalities the figures cover", required = true, example = "[\"asker\"]",
                maxItems = InputBounds.MOST_MUNICIPALITIES) List<String> municipalities,
        @Schema(description = "First month of the period (YYYY-MM); absent for a figure as of now", example = "2026-01") String from,
        @Schema(description = "Last month of the period (YYYY-MM); absent for a figure as of now", example = "2026-12") String to,
        @Schema(description = "Whether small counts, and what would reveal them by subtraction, are withheld (figures leaving the"
                + " municipality)", required = true) boolean protectedFigures,
        @Schema(description = "One row per key, the first " + IndicatorTableResponse.MOST_ROWS + "; months and quarters of the period"
                + " (at most 120 months) are all present", required = true, maxItems = IndicatorTableResponse.MOST_ROWS) List<Row> rows,
        @Schema(description = "The figures over all rows", required = true) Row total) {

    /** The most rows a table answers: every month of the longest period, and more organisations than any municipality has. */
    public static final int MOST_ROWS = 1000;

    /** One row of figures. */
    @Schema(name = "IndicatorRow", description = "The figures of one key")
    public record Row(
            @Schema(description = "A month (YYYY-MM), quarter (YYYY-Qn), code or organisation id; absent on the total", example = "2026-03")
            String key,
            @Schema(description = "The name where the key is an id (an organisation)", example = "NAV Asker") String label,
            @Schema(description = "The measures by code: counts, shares (0 to 1), days; null when withheld or undefined", required = true,
                    example = "{\"ended\": 12, \"work\": 6, \"workOrEducationShare\": 0.667}") Map<String, Double> values,
            @Schema(description = "The measures withheld to protect small counts", required = true, example = "[\"moved\"]",
                    maxItems = IndicatorResource.MOST_MEASURES)
            List<String> suppressed) {

        static Row of(IndicatorTable.Row row) {
            return new Row(row.key(), row.label(), row.values(), List.copyOf(row.suppressed()));
        }
    }

    static IndicatorTableResponse of(IndicatorTable table) {
        return new IndicatorTableResponse(table.indicator().code(), table.by().code(), table.municipalities(),
                table.from() == null ? null : table.from().toString(), table.to() == null ? null : table.to().toString(),
                table.protectedFigures(), table.rows().stream().limit(MOST_ROWS).map(Row::of).toList(), Row.of(table.total()));
    }
}
