package dev.helhet.statistics.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an attacker can work out of a protected table: every line says its total is the sum of its parts, and the
 * published cells are known. A withheld cell is revealed when these equations fix its value — when its unit vector
 * lies in the row space of the equations over the withheld cells — even if no single line gives it away. Lines that
 * share no withheld cell are independent, so each group of connected withheld cells is solved on its own.
 */
final class Disclosure {

    private static final double EPSILON = 1e-9;

    private Disclosure() {
    }

    /** The withheld cells the lines fix, in the order the lines name them. Lines naming a cell {@code counts} lacks are ignored. */
    static <C> Set<C> workedOut(Map<C, Long> counts, List<List<C>> lines, Set<C> withheld) {
        List<List<C>> usable = lines.stream().filter(line -> line.stream().allMatch(counts::containsKey)).toList();
        Map<C, C> parent = new HashMap<>();
        for (List<C> line : usable) {
            C first = null;
            for (C cell : line) {
                if (withheld.contains(cell)) {
                    parent.putIfAbsent(cell, cell);
                    if (first == null) {
                        first = cell;
                    } else {
                        parent.put(root(parent, cell), root(parent, first));
                    }
                }
            }
        }
        Map<C, List<List<C>>> groups = new HashMap<>();
        for (List<C> line : usable) {
            line.stream().filter(withheld::contains).findFirst()
                    .ifPresent(cell -> groups.computeIfAbsent(root(parent, cell), key -> new ArrayList<>()).add(line));
        }
        Set<C> fixed = new LinkedHashSet<>();
        for (List<List<C>> group : groups.values()) {
            fixed.addAll(solvable(group, withheld));
        }
        Set<C> ordered = new LinkedHashSet<>();
        usable.forEach(line -> line.stream().filter(fixed::contains).forEach(ordered::add));
        return ordered;
    }

    private static <C> C root(Map<C, C> parent, C cell) {
        C current = cell;
        while (!parent.get(current).equals(current)) {
            current = parent.get(current);
        }
        parent.put(cell, current);
        return current;
    }

    private static <C> Set<C> solvable(List<List<C>> lines, Set<C> withheld) {
        List<C> unknowns = new ArrayList<>(new LinkedHashSet<>(lines.stream().flatMap(List::stream).filter(withheld::contains).toList()));
        Map<C, Integer> column = new HashMap<>();
        for (int i = 0; i < unknowns.size(); i++) {
            column.put(unknowns.get(i), i);
        }
        List<double[]> rows = new ArrayList<>();
        for (List<C> line : lines) {
            double[] row = new double[unknowns.size()];
            for (int i = 0; i < line.size(); i++) {
                Integer at = column.get(line.get(i));
                if (at != null) {
                    row[at] += i == 0 ? -1 : 1;
                }
            }
            rows.add(row);
        }
        List<double[]> echelon = reduce(rows, unknowns.size());
        Set<C> found = new LinkedHashSet<>();
        for (int j = 0; j < unknowns.size(); j++) {
            double[] unit = new double[unknowns.size()];
            unit[j] = 1;
            if (inRowSpace(unit, echelon)) {
                found.add(unknowns.get(j));
            }
        }
        return found;
    }

    /** Reduced row echelon form: each row's first non-zero entry (its pivot) is 1 and the only non-zero in its column. */
    private static List<double[]> reduce(List<double[]> rows, int columns) {
        List<double[]> matrix = new ArrayList<>(rows);
        List<double[]> echelon = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            final int at = c;
            double[] pivot = matrix.stream().filter(row -> Math.abs(row[at]) > EPSILON).findFirst().orElse(null);
            if (pivot == null) {
                continue;
            }
            matrix.remove(pivot);
            double scale = pivot[c];
            for (int k = 0; k < columns; k++) {
                pivot[k] /= scale;
            }
            for (double[] row : matrix) {
                eliminate(row, pivot, c);
            }
            for (double[] row : echelon) {
                eliminate(row, pivot, c);
            }
            echelon.add(pivot);
        }
        return echelon;
    }

    private static void eliminate(double[] row, double[] pivot, int column) {
        double factor = row[column];
        if (Math.abs(factor) > EPSILON) {
            for (int k = 0; k < row.length; k++) {
                row[k] -= factor * pivot[k];
            }
        }
    }

    private static boolean inRowSpace(double[] vector, List<double[]> echelon) {
        for (double[] row : echelon) {
            int pivot = 0;
            while (Math.abs(row[pivot]) <= EPSILON) {
                pivot++;
            }
            eliminate(vector, row, pivot);
        }
        for (double value : vector) {
            if (Math.abs(value) > EPSILON) {
                return false;
            }
        }
        return true;
    }
}
