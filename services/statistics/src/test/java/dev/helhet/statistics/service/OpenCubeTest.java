package dev.helhet.statistics.service;

import dev.helhet.statistics.domain.Indicator;
import dev.helhet.statistics.domain.Measure;
import dev.helhet.statistics.repository.IndicatorQueries.Computed;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Open data is the quarters' protected regional tables put side by side: every cell published is the table's, no count
 * from 1 to 4 is published, and what a table withholds the cube withholds (protection itself: TabulationTest).
 */
class OpenCubeTest {

    @TestFactory
    Stream<DynamicTest> openDataPublishesWhatTheRegionalTablesPublish() {
        return Stream.of(Indicator.values()).filter(indicator -> !indicator.snapshot()).map(indicator -> DynamicTest.dynamicTest(indicator.code(), () -> {
            Random random = new Random(7L * indicator.ordinal());
            for (int round = 0; round < 30; round++) {
                check(indicator, random);
            }
        }));
    }

    private static void check(Indicator indicator, Random random) {
        List<Map<String, Integer>> kinds = TabulationTest.KINDS.getOrDefault(indicator, indicator.measures().stream()
                .filter(measure -> measure.kind() == Measure.Kind.COUNT).map(measure -> Map.of(measure.code(), 1)).toList());
        List<String> municipalities = new ArrayList<>();
        for (int i = 0; i < 2 + random.nextInt(4); i++) {
            municipalities.add("k" + i);
        }
        List<String> quarters = List.of("2025-Q3", "2025-Q4", "2026-Q1").subList(0, 1 + random.nextInt(3));
        List<IndicatorTable> tables = new ArrayList<>();
        for (String ignored : quarters) {
            List<Computed> computed = new ArrayList<>();
            Map<String, Double> total = new HashMap<>();
            for (String municipality : municipalities) {
                Map<String, Double> values = new HashMap<>();
                indicator.measures().stream().filter(Measure::computedInSql).forEach(measure -> values.put(measure.code(), 0.0));
                int units = random.nextInt(3) == 0 ? 0 : random.nextInt(16);
                for (int unit = 0; unit < units; unit++) {
                    kinds.get(random.nextInt(kinds.size())).forEach((measure, one) -> values.merge(measure, (double) one, Double::sum));
                }
                values.forEach((measure, value) -> total.merge(measure, value, Double::sum));
                computed.add(new Computed(municipality, false, values));
            }
            computed.add(new Computed(null, true, total));
            Tabulation.Rows rows = Tabulation.tabulate(indicator, computed, municipalities, true, true, key -> null);
            tables.add(new IndicatorTable(indicator, dev.helhet.statistics.domain.Dimension.MUNICIPALITY, municipalities, null, null, true,
                    rows.rows(), rows.total()));
        }
        OpenCube cube = OpenCube.of(indicator, quarters, tables, Instant.EPOCH);
        for (int q = 0; q < quarters.size(); q++) {
            List<IndicatorTable.Row> rows = new ArrayList<>(tables.get(q).rows());
            rows.add(tables.get(q).total());
            for (IndicatorTable.Row row : rows) {
                String area = row.key() == null ? OpenCube.REGION : row.key();
                for (String measure : cube.measures()) {
                    Long published = cube.published(new OpenCube.Cell(area, quarters.get(q), measure));
                    Double inTable = row.values().get(measure);
                    assertEquals(inTable == null ? null : inTable.longValue(), published, area + " " + quarters.get(q) + " " + measure);
                    assertFalse(published != null && published >= 1 && published <= 4, area + "." + measure + " = " + published + " published");
                }
            }
        }
    }
}
