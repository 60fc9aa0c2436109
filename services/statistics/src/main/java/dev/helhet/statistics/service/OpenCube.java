package dev.helhet.statistics.service;

import dev.helhet.statistics.domain.Indicator;
import dev.helhet.statistics.domain.Measure;
import dev.helhet.statistics.repository.IndicatorQueries.Computed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An indicator's counts as open data: every municipality and the whole region ({@link #REGION}) by quarter, with
 * small counts and what would reveal them by subtraction suppressed — along municipalities against the region,
 * and along the parts of each cell's whole. Only counts are published; shares follow from them.
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

    static OpenCube of(Indicator indicator, List<String> municipalities, List<String> quarters, List<Computed> computed, Instant updated) {
        List<String> measures = publishedMeasures(indicator);
        Map<Cell, Long> counts = new HashMap<>();
        for (String municipality : municipalities) {
            for (String quarter : quarters) {
                measures.forEach(measure -> counts.put(new Cell(municipality, quarter, measure), 0L));
            }
        }
        for (Computed row : computed) {
            if (row.total()) {
                continue;
            }
            String[] key = row.key().split("\\|", 2);
            if (!quarters.contains(key[1])) {
                continue;
            }
            measures.forEach(measure -> counts.put(new Cell(key[0], key[1], measure), row.values().get(measure).longValue()));
        }
        for (String quarter : quarters) {
            for (String measure : measures) {
                long region = municipalities.stream().mapToLong(municipality -> counts.get(new Cell(municipality, quarter, measure))).sum();
                counts.put(new Cell(REGION, quarter, measure), region);
            }
        }
        List<String> areas = new ArrayList<>(municipalities);
        areas.add(REGION);
        return new OpenCube(indicator, areas, quarters, measures, counts,
                Suppression.protect(counts, lines(indicator, municipalities, quarters, measures),
                        cell -> REGION.equals(cell.municipality()) ? null : cell.municipality()), updated);
    }

    /** Each municipality's figure against the region's, and each cell's parts against its whole. */
    static List<List<Cell>> lines(Indicator indicator, List<String> municipalities, List<String> quarters, List<String> measures) {
        List<List<Cell>> lines = new ArrayList<>();
        for (String quarter : quarters) {
            for (String measure : measures) {
                List<Cell> line = new ArrayList<>();
                line.add(new Cell(REGION, quarter, measure));
                municipalities.forEach(municipality -> line.add(new Cell(municipality, quarter, measure)));
                lines.add(line);
            }
            List<String> areas = new ArrayList<>(municipalities);
            areas.add(REGION);
            for (String area : areas) {
                for (List<String> partition : indicator.partitions()) {
                    lines.add(partition.stream().map(measure -> new Cell(area, quarter, measure)).toList());
                }
            }
        }
        return lines;
    }

    /** The published value of a cell: null when suppressed. */
    public Long published(Cell cell) {
        return suppressed.contains(cell) ? null : counts.get(cell);
    }
}
