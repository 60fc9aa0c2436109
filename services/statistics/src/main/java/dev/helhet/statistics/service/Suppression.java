package dev.helhet.statistics.service;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Small-count protection for figures that leave the municipality. Primary: every count from 1 to
 * {@link #THRESHOLD}−1 is withheld. Secondary: a line is a total with the cells that add up to it (a column against
 * the table's total, a municipality against the region, the parts of a row against its whole); a line with exactly
 * one withheld cell would give it back by subtraction, so another cell of the line is withheld too, until no line has
 * a single one; then the lines are solved together ({@link Disclosure}) and a cell is added next to any withheld cell
 * they still fix, until none is. Cells may have an owner — a municipality, whose analysts see their own figures in full: to an owner,
 * its own cells are known, so a line must not have exactly one withheld cell <em>of anyone else</em> either.
 * Zero is published: that nobody is in a cell says nothing about a person.
 */
public final class Suppression {

    /** Counts below this (and above zero) are never published outside the municipality. */
    public static final int THRESHOLD = 5;

    private Suppression() {
    }

    /** {@link #protect(Map, List, Function)} for cells nobody knows beforehand. */
    public static <C> Set<C> protect(Map<C, Long> counts, List<List<C>> lines) {
        return protect(counts, lines, cell -> null);
    }

    /**
     * The cells to withhold. {@code lines} name cells of {@code counts}; the first of each is the sum of the others.
     * A line naming a cell {@code counts} lacks is ignored. {@code owner} names who knows a cell already (null: nobody).
     */
    public static <C> Set<C> protect(Map<C, Long> counts, List<List<C>> lines, Function<C, String> owner) {
        Set<C> withheld = new HashSet<>();
        counts.forEach((cell, count) -> {
            if (count != null && count > 0 && count < THRESHOLD) {
                withheld.add(cell);
            }
        });
        List<String> owners = counts.keySet().stream().map(owner).filter(Objects::nonNull).distinct().sorted().toList();
        while (true) {
            applyLineRule(counts, lines, owner, withheld);
            // Lines can give a cell away together even when none does alone (every column total against every other row's
            // total, say): solve them as an attacker would — anyone, and each owner knowing its own cells — and withhold
            // the cheapest cell that sets a fixed one free, until nobody can fix any.
            Optional<C> partner = Optional.empty();
            Optional<C> revealed = Disclosure.workedOut(counts, lines, withheld).stream().findFirst();
            if (revealed.isPresent()) {
                partner = freeing(revealed.get(), counts, lines, withheld, owner, null);
            } else {
                for (String knower : owners) {
                    Optional<C> othersCell = Disclosure.workedOut(counts, lines, unknownTo(knower, withheld, owner)).stream()
                            .filter(cell -> owner.apply(cell) != null && !knower.equals(owner.apply(cell)))
                            .findFirst();
                    if (othersCell.isPresent()) {
                        partner = freeing(othersCell.get(), counts, lines, withheld, owner, knower);
                        break;
                    }
                }
                if (partner.isEmpty()) {
                    return withheld;
                }
            }
            if (partner.isEmpty()) {
                return withheld;
            }
            withheld.add(partner.get());
        }
    }

    /** The withheld cells {@code knower} does not know already (its own it does); all of them for nobody in particular. */
    private static <C> Set<C> unknownTo(String knower, Set<C> withheld, Function<C, String> owner) {
        if (knower == null) {
            return withheld;
        }
        Set<C> unknown = new HashSet<>(withheld);
        unknown.removeIf(cell -> knower.equals(owner.apply(cell)));
        return unknown;
    }

    /** How many cells are tried as the one that frees a fixed cell before the cheapest next to it is taken anyway. */
    private static final int TRIALS = 200;

    /**
     * The cell to withhold next so that {@code fixed} can no longer be worked out: the cheapest (as {@link #partnerFor})
     * that does it, trying cells sharing a line with it first; if none does within {@link #TRIALS}, the cheapest next to
     * it, and the next round tries again. {@code knower} (null: anyone) is who could fix it; its own cells are no help.
     */
    private static <C> Optional<C> freeing(C fixed, Map<C, Long> counts, List<List<C>> lines, Set<C> withheld, Function<C, String> owner,
                                           String knower) {
        List<List<C>> usable = lines.stream().filter(line -> line.stream().allMatch(counts::containsKey)).toList();
        Set<C> near = new HashSet<>();
        usable.stream().filter(line -> line.contains(fixed)).forEach(near::addAll);
        String fixedOwner = owner.apply(fixed);
        List<C> candidates = usable.stream().flatMap(List::stream).distinct()
                .filter(cell -> !withheld.contains(cell) && (knower == null || !knower.equals(owner.apply(cell))))
                .sorted(Comparator.<C, Boolean>comparing(cell -> !near.contains(cell))
                        .thenComparing(cell -> fixedOwner != null && Objects.equals(fixedOwner, owner.apply(cell)))
                        .thenComparing(cell -> counts.get(cell) == 0)
                        .thenComparing(counts::get))
                .toList();
        for (C candidate : candidates.subList(0, Math.min(TRIALS, candidates.size()))) {
            Set<C> tried = new HashSet<>(withheld);
            tried.add(candidate);
            if (!Disclosure.workedOut(counts, usable, unknownTo(knower, tried, owner)).contains(fixed)) {
                return Optional.of(candidate);
            }
        }
        return candidates.stream().findFirst();
    }

    /** Withholds partners until no line has exactly one withheld cell, to anyone or to an owner of other cells in it. */
    private static <C> void applyLineRule(Map<C, Long> counts, List<List<C>> lines, Function<C, String> owner, Set<C> withheld) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<C> line : lines) {
                if (!line.stream().allMatch(counts::containsKey)) {
                    continue;
                }
                Optional<C> exposed = exposedIn(line, withheld, owner);
                if (exposed.isPresent()) {
                    Optional<C> partner = partnerFor(line, exposed.get(), counts, withheld, owner);
                    if (partner.isPresent()) {
                        withheld.add(partner.get());
                        changed = true;
                    }
                }
            }
        }
    }

    /** A withheld cell of the line that someone (nobody in particular, or an owner of other cells) could work out. */
    private static <C> Optional<C> exposedIn(List<C> line, Set<C> withheld, Function<C, String> owner) {
        List<C> hidden = line.stream().filter(withheld::contains).toList();
        if (hidden.size() == 1) {
            return Optional.of(hidden.get(0));
        }
        for (C cell : line) {
            String knower = owner.apply(cell);
            if (knower == null) {
                continue;
            }
            List<C> hiddenFromKnower = hidden.stream().filter(candidate -> !knower.equals(owner.apply(candidate))).toList();
            if (hiddenFromKnower.size() == 1) {
                return Optional.of(hiddenFromKnower.get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * The cell that costs least to withhold with {@code exposed}: one its owner does not share (so the owners of
     * the two cannot each work out the other), a non-zero part before a zero one, a part before the line's total.
     */
    private static <C> Optional<C> partnerFor(List<C> line, C exposed, Map<C, Long> counts, Set<C> withheld, Function<C, String> owner) {
        C total = line.get(0);
        String exposedOwner = owner.apply(exposed);
        return line.stream()
                .filter(cell -> !withheld.contains(cell))
                .min(Comparator.<C, Boolean>comparing(cell -> exposedOwner != null && Objects.equals(exposedOwner, owner.apply(cell)))
                        .thenComparing(cell -> cell.equals(total))
                        .thenComparing(cell -> counts.get(cell) == 0)
                        .thenComparing(counts::get));
    }
}
