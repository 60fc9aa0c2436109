package dev.helhet.statistics.service;

import dev.helhet.statistics.domain.Indicator;
import dev.helhet.statistics.domain.Measure;
import dev.helhet.statistics.repository.IndicatorQueries.Computed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns computed rows into what a caller sees: empty periods filled with zeros (a trend has no gaps), shares and
 * ratios worked out from the counts, and, for figures leaving the municipality, {@link Suppression} applied
 * before anything is derived from a count.
 */
final class Tabulation {

    /** The key of the total's cells in the suppression lines. */
    private static final String TOTAL = "\u0000total";

    private Tabulation() {
    }

    record Cell(String row, String measure) {
    }

    /**
     * The rows in the order of {@code keys} (filled with zeros where nothing happened), then any others, and the total.
     * With {@code rowsKnownToOwners}, each row is a municipality whose analysts know its figures (see {@link Suppression}).
     */
    static Rows tabulate(Indicator indicator, List<Computed> computed, List<String> keys, boolean protect, boolean rowsKnownToOwners,
                         Function<String, String> labels) {
        Map<String, Map<String, Double>> byKey = new LinkedHashMap<>();
        keys.forEach(key -> byKey.put(key, zeros(indicator)));
        Map<String, Double> total = zeros(indicator);
        for (Computed row : computed) {
            if (row.total()) {
                total = new LinkedHashMap<>(row.values());
            } else {
                byKey.put(row.key(), new LinkedHashMap<>(row.values()));
            }
        }
        Map<Cell, Long> counts = new HashMap<>();
        byKey.forEach((key, values) -> putCounts(indicator, key, values, counts));
        putCounts(indicator, TOTAL, total, counts);
        Set<Cell> suppressed = !protect ? Set.of()
                : Suppression.protect(counts, lines(indicator, byKey.keySet()), cell -> rowsKnownToOwners && !TOTAL.equals(cell.row()) ? cell.row() : null);

        List<IndicatorTable.Row> rows = new ArrayList<>();
        byKey.forEach((key, values) -> rows.add(row(indicator, key, labels.apply(key), values, suppressed, protect)));
        return new Rows(rows, row(indicator, TOTAL, null, total, suppressed, protect));
    }

    record Rows(List<IndicatorTable.Row> rows, IndicatorTable.Row total) {
    }

    /** Every column against the total, and every row's parts against its whole. */
    static List<List<Cell>> lines(Indicator indicator, Iterable<String> rowKeys) {
        List<List<Cell>> lines = new ArrayList<>();
        for (Measure measure : indicator.measures()) {
            // Every count, even one not the sum of its rows (distinct coordinators): where each coordinator works in one
            // municipality, the region's is the sum of the municipalities', and a line too many only withholds more.
            if (measure.kind() == Measure.Kind.COUNT) {
                List<Cell> column = new ArrayList<>();
                column.add(new Cell(TOTAL, measure.code()));
                rowKeys.forEach(key -> column.add(new Cell(key, measure.code())));
                lines.add(column);
            }
        }
        List<String> allRows = new ArrayList<>();
        allRows.add(TOTAL);
        rowKeys.forEach(allRows::add);
        for (String key : allRows) {
            for (List<String> partition : indicator.partitions()) {
                lines.add(partition.stream().map(measure -> new Cell(key, measure)).toList());
            }
        }
        return lines;
    }

    private static void putCounts(Indicator indicator, String key, Map<String, Double> values, Map<Cell, Long> counts) {
        for (Measure measure : indicator.measures()) {
            if (measure.kind() == Measure.Kind.COUNT) {
                Double value = values.get(measure.code());
                counts.put(new Cell(key, measure.code()), value == null ? 0L : value.longValue());
            }
        }
    }

    private static IndicatorTable.Row row(Indicator indicator, String key, String label, Map<String, Double> computed,
                                          Set<Cell> suppressedCounts, boolean protect) {
        Map<String, Double> values = new LinkedHashMap<>();
        Set<String> suppressed = new TreeSet<>();
        for (Measure measure : indicator.measures()) {
            String code = measure.code();
            boolean hidden = switch (measure.kind()) {
                case COUNT -> suppressedCounts.contains(new Cell(key, code));
                case DAYS -> protect && (suppressedCounts.contains(new Cell(key, measure.denominator()))
                        || valueOf(computed, measure.denominator()) < Suppression.THRESHOLD);
                case SHARE, RATIO -> protect && (suppressedCounts.contains(new Cell(key, measure.denominator()))
                        || measure.numerators().stream().anyMatch(numerator -> suppressedCounts.contains(new Cell(key, numerator))));
            };
            if (hidden) {
                suppressed.add(code);
                values.put(code, null);
                continue;
            }
            values.put(code, switch (measure.kind()) {
                case COUNT -> valueOf(computed, code);
                case DAYS -> round(computed.get(code), 1);
                case SHARE, RATIO -> {
                    double denominator = valueOf(computed, measure.denominator());
                    double numerator = measure.numerators().stream().mapToDouble(numeratorCode -> valueOf(computed, numeratorCode)).sum();
                    yield denominator == 0 ? null : round(numerator / denominator, measure.kind() == Measure.Kind.SHARE ? 3 : 1);
                }
            });
        }
        return new IndicatorTable.Row(TOTAL.equals(key) ? null : key, label, values, suppressed);
    }

    private static Map<String, Double> zeros(Indicator indicator) {
        Map<String, Double> values = new LinkedHashMap<>();
        indicator.measures().stream().filter(Measure::computedInSql)
                .forEach(measure -> values.put(measure.code(), measure.kind() == Measure.Kind.COUNT ? 0.0 : null));
        return values;
    }

    private static double valueOf(Map<String, Double> values, String code) {
        Double value = values.get(code);
        return value == null ? 0 : value;
    }

    private static Double round(Double value, int decimals) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
