package dev.helhet.statistics.service;

import dev.helhet.statistics.domain.Dimension;
import dev.helhet.statistics.domain.Indicator;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An indicator's figures by one dimension, with the total, as a caller may see them. Where {@code protectedFigures}
 * holds, small counts and what would reveal them are withheld: their value is null and their code is in the row's
 * {@code suppressed}.
 */
public record IndicatorTable(Indicator indicator, Dimension by, List<String> municipalities, YearMonth from, YearMonth to,
                             boolean protectedFigures, List<Row> rows, Row total) {

    /** One row: its key (a month, a programme code, an organisation id, ...), a label where the key is an id, the values. */
    public record Row(String key, String label, Map<String, Double> values, Set<String> suppressed) {
    }
}
