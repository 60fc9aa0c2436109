package dev.helhet.statistics.service;

import dev.helhet.statistics.domain.Indicator;
import dev.helhet.statistics.domain.Measure;
import dev.helhet.statistics.repository.IndicatorQueries.Computed;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every indicator's protected table, on random small figures shaped like the real ones (each unit counts in the
 * measures its kind says): no count from 1 to 4 is published, and no withheld count can be worked out from the
 * published ones — by anyone, nor by a municipality that knows its own row.
 */
class TabulationTest {

    /** The kinds of unit of each indicator: which counts one unit adds to. Counts not listed are single kinds. */
    static final Map<Indicator, List<Map<String, Integer>>> KINDS = Map.ofEntries(
            entry(Indicator.PROGRAMME_OUTCOMES, Stream.of("work", "education", "neither", "moved", "other")
                    .map(outcome -> Map.of("ended", 1, outcome, 1)).toList()),
            entry(Indicator.COORDINATOR_COVERAGE, List.of(Map.of("active", 1, "withCoordinator", 1), Map.of("active", 1, "withoutCoordinator", 1))),
            entry(Indicator.RECENT_MEETINGS, List.of(Map.of("active", 1, "withRecentMeeting", 1), Map.of("active", 1, "withoutRecentMeeting", 1))),
            entry(Indicator.MEETING_ATTENDANCE, List.of(
                    Map.of("held", 1, "withPerson", 1, "withNetworkPerson", 1), Map.of("held", 1, "withPerson", 1, "withoutNetworkPerson", 1),
                    Map.of("held", 1, "withoutPerson", 1, "withNetworkPerson", 1), Map.of("held", 1, "withoutPerson", 1, "withoutNetworkPerson", 1))),
            entry(Indicator.GOALS, List.of(Map.of("set", 1, "achieved", 1, "closed", 1), Map.of("set", 1, "notAchieved", 1, "closed", 1),
                    Map.of("set", 1, "open", 1), Map.of("set", 1, "cancelled", 1))),
            entry(Indicator.ACTIONS_ON_TIME, List.of(Map.of("done", 1, "onTime", 1, "withDueDate", 1), Map.of("done", 1, "late", 1, "withDueDate", 1),
                    Map.of("done", 1, "withoutDueDate", 1))),
            entry(Indicator.REFERRALS, List.of(Map.of("requested", 1, "accepted", 1, "answered", 1), Map.of("requested", 1, "rejected", 1, "answered", 1),
                    Map.of("requested", 1, "unanswered", 1))),
            entry(Indicator.TRANSITIONS, List.of(Map.of("due", 1, "metOnTime", 1, "counted", 1), Map.of("due", 1, "metLate", 1, "counted", 1),
                    Map.of("due", 1, "open", 1, "counted", 1), Map.of("due", 1, "cancelled", 1))));

    @TestFactory
    Stream<DynamicTest> noIndicatorPublishesASmallCountOrOneThatCanBeWorkedOut() {
        return Stream.of(Indicator.values()).flatMap(indicator -> Stream.of(false, true).map(owned -> DynamicTest.dynamicTest(
                indicator.code() + (owned ? " by municipality" : ""), () -> {
                    Random random = new Random(indicator.ordinal() * 31L + (owned ? 1 : 0));
                    for (int round = 0; round < 150; round++) {
                        check(indicator, owned, random);
                    }
                })));
    }

    private static void check(Indicator indicator, boolean owned, Random random) {
        List<Map<String, Integer>> kinds = KINDS.getOrDefault(indicator, indicator.measures().stream()
                .filter(measure -> measure.kind() == Measure.Kind.COUNT).map(measure -> Map.of(measure.code(), 1)).toList());
        int rowCount = 1 + random.nextInt(5);
        List<String> keys = new ArrayList<>();
        List<Computed> computed = new ArrayList<>();
        Map<String, Double> total = zeros(indicator);
        for (int row = 0; row < rowCount; row++) {
            String key = "m" + row;
            keys.add(key);
            Map<String, Double> values = zeros(indicator);
            int units = random.nextInt(4) == 0 ? 0 : random.nextInt(14);
            for (int unit = 0; unit < units; unit++) {
                kinds.get(random.nextInt(kinds.size())).forEach((measure, one) -> values.merge(measure, (double) one, Double::sum));
            }
            if (values.containsKey("coordinators")) {
                values.put("coordinators", (double) random.nextInt(1 + values.get("withCoordinator").intValue()));
            }
            values.forEach((measure, value) -> total.merge(measure, value == null ? 0 : value, Double::sum));
            computed.add(new Computed(key, false, values));
        }
        computed.add(new Computed(null, true, total));

        Tabulation.Rows rows = Tabulation.tabulate(indicator, computed, keys, true, owned, key -> null);
        Map<Tabulation.Cell, Long> counts = new HashMap<>();
        Set<Tabulation.Cell> withheld = new HashSet<>();
        List<IndicatorTable.Row> all = new ArrayList<>(rows.rows());
        all.add(rows.total());
        List<Map<String, Double>> truth = new ArrayList<>(computed.stream().filter(row -> !row.total()).map(Computed::values).toList());
        truth.add(total);
        for (int i = 0; i < all.size(); i++) {
            IndicatorTable.Row row = all.get(i);
            String key = row.key() == null ? "\u0000total" : row.key();
            for (Measure measure : indicator.measures()) {
                if (measure.kind() != Measure.Kind.COUNT) {
                    continue;
                }
                long actual = truth.get(i).get(measure.code()).longValue();
                Tabulation.Cell cell = new Tabulation.Cell(key, measure.code());
                counts.put(cell, actual);
                if (row.suppressed().contains(measure.code())) {
                    withheld.add(cell);
                } else {
                    assertEquals(actual, row.values().get(measure.code()).longValue(), "a published count is the true one");
                    assertFalse(actual >= 1 && actual <= 4, indicator.code() + ": " + key + "." + measure.code() + " = " + actual + " published");
                }
            }
        }
        List<List<Tabulation.Cell>> lines = Tabulation.lines(indicator, keys);
        assertEquals(Set.of(), Disclosure.workedOut(counts, lines, withheld), indicator.code() + ": withheld cells can be worked out from " + counts);
        if (owned) {
            // A municipality knows its own row: to it, only the others' withheld cells are unknown.
            for (String municipality : keys) {
                Set<Tabulation.Cell> unknown = new HashSet<>(withheld);
                unknown.removeIf(cell -> cell.row().equals(municipality));
                Set<Tabulation.Cell> othersWorkedOut = new HashSet<>(Disclosure.workedOut(counts, lines, unknown));
                othersWorkedOut.removeIf(cell -> cell.row().startsWith("\u0000")); // a total is partly its own: not another's figure
                assertEquals(Set.of(), othersWorkedOut, indicator.code() + ": " + municipality + " can work out others' cells of " + counts);
            }
        }
    }

    private static Map<String, Double> zeros(Indicator indicator) {
        Map<String, Double> values = new LinkedHashMap<>();
        indicator.measures().stream().filter(Measure::computedInSql)
                .forEach(measure -> values.put(measure.code(), measure.kind() == Measure.Kind.COUNT ? 0.0 : 3.0));
        return values;
    }
}
