package dev.helhet.statistics.service;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Small-count protection for figures that leave the municipality. Primary: every count from 1 to
 * {@link #THRESHOLD}−1 is suppressed. Secondary: a line is a total with the cells that add up to it (a column
 * against the table's total, the parts of a row against its whole); where a line has exactly one suppressed cell,
 * subtraction would give it back, so the line's smallest other cell is suppressed too, again until no line has a
 * single one. Zero is published: that nobody is in a cell says nothing about a person.
 */
public final class Suppression {

    /** Counts below this (and above zero) are never published outside the municipality. */
    public static final int THRESHOLD = 5;

    private Suppression() {
    }

    /**
     * The cells to suppress. {@code lines} name cells of {@code counts}; the first of each is the sum of the others.
     * Cells a line names but {@code counts} lacks are taken as unpublished and ignored.
     */
    public static <C> Set<C> protect(Map<C, Long> counts, List<List<C>> lines) {
        Set<C> suppressed = new HashSet<>();
        counts.forEach((cell, count) -> {
            if (count != null && count > 0 && count < THRESHOLD) {
                suppressed.add(cell);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<C> line : lines) {
                List<C> present = line.stream().filter(counts::containsKey).toList();
                if (present.size() != line.size()) {
                    continue;
                }
                long hidden = present.stream().filter(suppressed::contains).count();
                if (hidden == 1) {
                    Optional<C> partner = partnerFor(present, counts, suppressed);
                    if (partner.isPresent()) {
                        suppressed.add(partner.get());
                        changed = true;
                    }
                }
            }
        }
        return suppressed;
    }

    /** The cell that costs least to hide: a non-zero part before a zero one, and a part before the line's total. */
    private static <C> Optional<C> partnerFor(List<C> line, Map<C, Long> counts, Set<C> suppressed) {
        C total = line.get(0);
        return line.stream()
                .filter(cell -> !suppressed.contains(cell))
                .min(Comparator.<C, Boolean>comparing(cell -> cell.equals(total))
                        .thenComparing(cell -> counts.get(cell) == 0)
                        .thenComparing(counts::get));
    }
}
