package dev.helhet.statistics.service;

import dev.helhet.statistics.domain.Indicator;
import dev.helhet.statistics.domain.Measure;
import dev.helhet.statistics.repository.IndicatorQueries.Computed;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Open data on random small figures: by municipality and quarter with the region, no count from 1 to 4 is published
 * and no withheld count can be worked out from what is — by anyone, nor by a municipality knowing its own figures.
 */
class OpenCubeTest {

    @TestFactory
    Stream<DynamicTest> openDataGivesNothingAway() {
        return Stream.of(Indicator.values()).filter(indicator -> !indicator.snapshot()).map(indicator -> DynamicTest.dynamicTest(indicator.code(), () -> {
            Random random = new Random(7L * indicator.ordinal());
            for (int round = 0; round < 40; round++) {
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
        List<Computed> computed = new ArrayList<>();
        for (String municipality : municipalities) {
            for (String quarter : quarters) {
                Map<String, Double> values = new HashMap<>();
                indicator.measures().stream().filter(Measure::computedInSql).forEach(measure -> values.put(measure.code(), 0.0));
                int units = random.nextInt(3) == 0 ? 0 : random.nextInt(16);
                for (int unit = 0; unit < units; unit++) {
                    kinds.get(random.nextInt(kinds.size())).forEach((measure, one) -> values.merge(measure, (double) one, Double::sum));
                }
                computed.add(new Computed(municipality + "|" + quarter, false, values));
            }
        }
        OpenCube cube = OpenCube.of(indicator, municipalities, quarters, computed, Instant.EPOCH);
        Map<OpenCube.Cell, Long> counts = cube.counts();
        counts.forEach((cell, count) -> assertFalse(count >= 1 && count <= 4 && cube.published(cell) != null, cell + " = " + count + " published"));
        List<List<OpenCube.Cell>> lines = OpenCube.lines(indicator, municipalities, quarters, cube.measures());
        assertEquals(Set.of(), Disclosure.workedOut(counts, lines, cube.suppressed()), indicator.code() + ": anyone can work out a cell");
        for (String municipality : municipalities) {
            Set<OpenCube.Cell> unknown = new HashSet<>(cube.suppressed());
            unknown.removeIf(cell -> cell.municipality().equals(municipality));
            Set<OpenCube.Cell> others = new HashSet<>(Disclosure.workedOut(counts, lines, unknown));
            others.removeIf(cell -> cell.municipality().equals(OpenCube.REGION));
            assertEquals(Set.of(), others, indicator.code() + ": " + municipality + " can work out another municipality's cell");
        }
    }
}
