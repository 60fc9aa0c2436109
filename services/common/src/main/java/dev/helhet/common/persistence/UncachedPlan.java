package dev.helhet.common.persistence;

import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;

/**
 * Keeps the plan of a native select out of Hibernate's query plan cache. Hibernate Reactive 3.2 wraps the
 * result mapping of a native query in a class without {@code equals}, so the plan cached for a native
 * select is never found again: each execution added one more plan under the same hash, every lookup
 * compared against all of them, and the 2,048 slots filled with copies that pushed out the HQL plans
 * (docs/adr/0032). A list-valued parameter is the one thing that makes Hibernate plan a native query
 * afresh instead, which costs microseconds. Every native select (and insert ... returning read as a list)
 * appends {@link #CONDITION} and calls {@link #bind}, or binds a list of its own; a native insert or update
 * run by executeUpdate is cached correctly and needs neither.
 */
public final class UncachedPlan {

    private static final String PARAMETER = "uncachedPlan";

    /** A condition that always holds, to AND into the native select's where clause. */
    public static final String CONDITION = "1 in (:" + PARAMETER + ")";

    private UncachedPlan() {
    }

    /** Binds the list parameter of {@link #CONDITION}. */
    public static <R> Mutiny.SelectionQuery<R> bind(Mutiny.SelectionQuery<R> query) {
        return query.setParameter(PARAMETER, List.of(1));
    }

    /** {@link #CONDITION} for a query with positional parameters, at this position. */
    public static String condition(int position) {
        return "1 in (?" + position + ")";
    }

    /** Binds the list parameter of {@link #condition(int)}. */
    public static <R> Mutiny.SelectionQuery<R> bind(Mutiny.SelectionQuery<R> query, int position) {
        return query.setParameter(position, List.of(1));
    }
}
