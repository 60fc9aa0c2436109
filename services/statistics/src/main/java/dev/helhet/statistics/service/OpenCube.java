package dev.helhet.statistics.service;

import dev.helhet.statistics.domain.Indicator;
import dev.helhet.statistics.domain.Measure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An indicator's counts as open data: every municipality and the whole region ({@link #REGION}) by closed quarter.
 * Each quarter is that quarter's protected regional table by municipality (its total is the region), so open data and
 * the platform admin's view never disagree about what is withheld. Only counts are published; shares follow from them.
 */
public record OpenCube(Indicator indicator, List<String> municipalities, List<String> quarters, List<String> measures,
                       Map<Cell, Long> counts, Set<Cell> suppressed, Instant updated) {

    /** The code of the whole region in the municipality dimension. */
    public static final String REGION = "region";

    /** One published figure. */
    public record Cell(String municipality, String quarter, String measure) {
    }

    /** The measures open data publishes of an indicator: its counts. */
    public static List<String> publishedMeasures(Indicator indicator) {
        return indicator.measures().stream()
                .filter(measure -> measure.kind() == Measure.Kind.COUNT && measure.additive())
                .map(Measure::code).toList();
    }

    /** The cube of the quarters' regional tables by municipality, in the order of {@code quarters}. */
    static OpenCube of(Indicator indicator, List<String> quarters, List<IndicatorTable> tables, Instant updated) {
        List<String> measures = publishedMeasures(indicator);
        // A municipality that joined after a quarter was published has no row in it: its figures there are zeros.
        List<String> areas = new ArrayList<>(tables.stream().flatMap(table -> table.municipalities().stream()).distinct().sorted().toList());
        areas.add(REGION);
        Map<Cell, Long> counts = new HashMap<>();
        Set<Cell> suppressed = new HashSet<>();
        for (int i = 0; i < quarters.size(); i++) {
            String quarter = quarters.get(i);
            IndicatorTable table = tables.get(i);
            List<IndicatorTable.Row> rows = new ArrayList<>(table.rows());
            rows.add(table.total());
            for (IndicatorTable.Row row : rows) {
                String area = row.key() == null ? REGION : row.key();
                for (String measure : measures) {
                    Cell cell = new Cell(area, quarter, measure);
                    Double value = row.values().get(measure);
                    if (row.suppressed().contains(measure)) {
                        suppressed.add(cell);
                    } else {
                        counts.put(cell, value == null ? 0L : value.longValue());
                    }
                }
            }
        }
        return new OpenCube(indicator, areas, quarters, measures, counts, suppressed, updated);
    }

    /** The published value of a cell: null when withheld. */
    public Long published(Cell cell) {
        return suppressed.contains(cell) ? null : counts.getOrDefault(cell, 0L);
    }
}
