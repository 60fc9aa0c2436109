package dev.helhet.statistics.domain;

import java.util.List;

/**
 * One figure of an indicator. A count is computed in SQL and is what suppression protects; days (a median or
 * 90th percentile) come from SQL with the count they are taken over; a share or ratio is computed from counts
 * after suppression, so it never reveals a count that was suppressed.
 */
public record Measure(String code, Kind kind, String sql, List<String> numerators, String denominator, boolean additive) {

    /** How a measure is computed and protected. */
    public enum Kind { COUNT, DAYS, SHARE, RATIO }

    /** A count of units, e.g. {@code count(*) filter (where outcome = 'work')}; additive over rows. */
    public static Measure count(String code, String sql) {
        return new Measure(code, Kind.COUNT, sql, List.of(), null, true);
    }

    /** A count that is not the sum of its rows (e.g. distinct coordinators): protected, but in no subtraction line. */
    public static Measure distinctCount(String code, String sql) {
        return new Measure(code, Kind.COUNT, sql, List.of(), null, false);
    }

    /** Days (median, 90th percentile) over the units the count {@code over} counts; withheld with that count. */
    public static Measure days(String code, String sql, String over) {
        return new Measure(code, Kind.DAYS, sql, List.of(), over, false);
    }

    /** The share of {@code denominator} that the sum of {@code numerators} makes up, between 0 and 1. */
    public static Measure share(String code, List<String> numerators, String denominator) {
        return new Measure(code, Kind.SHARE, null, numerators, denominator, false);
    }

    /** {@code numerator} per {@code denominator}, e.g. people per coordinator. */
    public static Measure ratio(String code, String numerator, String denominator) {
        return new Measure(code, Kind.RATIO, null, List.of(numerator), denominator, false);
    }

    public boolean computedInSql() {
        return kind == Kind.COUNT || kind == Kind.DAYS;
    }
}
