package dev.helhet.statistics.service;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small-count protection on its own: primary cells, the partner a line needs, and random tables checked cell by cell. */
class SuppressionTest {

    @Test
    void hidesCountsFromOneToFourButNotZero() {
        Map<String, Long> counts = Map.of("a", 0L, "b", 1L, "c", 4L, "d", 5L);
        assertEquals(Set.of("b", "c"), Suppression.protect(counts, List.of()));
    }

    @Test
    void hidesASecondCellWhereSubtractionWouldGiveTheFirstBack() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("total", 30L);
        counts.put("x", 3L);
        counts.put("y", 12L);
        counts.put("z", 15L);
        counts.put("zero", 0L);
        Set<String> hidden = Suppression.protect(counts, List.of(List.of("total", "x", "y", "z", "zero")));
        assertEquals(Set.of("x", "y"), hidden, "the smallest non-zero part goes with it, not the total or a zero");
    }

    @Test
    void aMunicipalityThatKnowsItsOwnFigureCannotWorkOutAnothersEither() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("region", 50L);
        counts.put("a", 6L);
        counts.put("b", 3L);
        counts.put("c", 41L);
        Set<String> hidden = Suppression.protect(counts, List.of(List.of("region", "a", "b", "c")), cell -> cell.equals("region") ? null : cell);
        assertEquals(Set.of("a", "b", "c"), hidden, "with only a and b withheld, a's analysts would know b");
        for (String municipality : List.of("a", "b", "c")) {
            Set<String> unknownToIt = new java.util.HashSet<>(hidden);
            unknownToIt.remove(municipality);
            assertEquals(Set.of(), Disclosure.workedOut(counts, List.of(List.of("region", "a", "b", "c")), unknownToIt), municipality + " knows its own");
        }
    }

    @Test
    void randomTablesNeverPublishASmallCountOrALoneHiddenCell() {
        Random random = new Random(20261201);
        for (int table = 0; table < 2000; table++) {
            int rows = 1 + random.nextInt(6);
            int columns = 2 + random.nextInt(5);
            Map<String, Long> counts = new LinkedHashMap<>();
            long[] columnTotals = new long[columns];
            List<List<String>> lines = new ArrayList<>();
            for (int row = 0; row < rows; row++) {
                long rowTotal = 0;
                List<String> line = new ArrayList<>();
                line.add(row + ":total");
                for (int column = 0; column < columns; column++) {
                    long count = random.nextInt(4) == 0 ? 0 : random.nextInt(12);
                    counts.put(row + ":" + column, count);
                    columnTotals[column] += count;
                    rowTotal += count;
                    line.add(row + ":" + column);
                }
                counts.put(row + ":total", rowTotal);
                lines.add(line);
            }
            for (int column = 0; column < columns; column++) {
                counts.put("total:" + column, columnTotals[column]);
                List<String> line = new ArrayList<>();
                line.add("total:" + column);
                for (int row = 0; row < rows; row++) {
                    line.add(row + ":" + column);
                }
                lines.add(line);
            }
            Set<String> hidden = Suppression.protect(counts, lines);
            counts.forEach((cell, count) -> assertFalse(count >= 1 && count <= 4 && !hidden.contains(cell), cell + " = " + count + " published"));
            for (List<String> line : lines) {
                assertTrue(line.stream().filter(hidden::contains).count() != 1, "a lone hidden cell in " + line + " of " + counts);
            }
            assertEquals(Set.of(), Disclosure.workedOut(counts, lines, hidden), "nothing can be worked out of " + counts);
        }
    }
}
