package dev.helhet.statistics.domain;

import dev.helhet.common.persistence.CodedEnum;

/**
 * What a table's rows are: a period (the indicator's own date decides it), a property of the person at
 * registration, the municipality (regional and open views only), or the one attribute an indicator has of its own.
 */
public enum Dimension implements CodedEnum {
    MONTH("month", "to_char(u.period, 'YYYY-MM')"),
    QUARTER("quarter", "to_char(u.period, 'YYYY') || '-Q' || extract(quarter from u.period)"),
    PROGRAMME("programme", "coalesce(u.programme, 'none')"),
    AGE_BAND("age-band", "coalesce(u.age_band, 'unknown')"),
    MUNICIPALITY("municipality", "u.municipality_id"),
    OUTCOME("outcome", "u.detail"),
    LIFE_AREA("life-area", "coalesce(u.detail, 'unknown')"),
    RECEIVING_ORGANISATION("receiving-organisation", "coalesce(u.detail, 'unknown')"),
    REASON("reason", "coalesce(u.detail, 'unknown')"),
    RULE("rule", "u.detail"),
    KIND("kind", "u.detail");

    private final String code;
    private final String sql;

    Dimension(String code, String sql) {
        this.code = code;
        this.sql = sql;
    }

    @Override
    public String code() {
        return code;
    }

    /** The SQL expression of a row's key over the indicator's units ({@code u}). */
    public String sql() {
        return sql;
    }

    public boolean isPeriod() {
        return this == MONTH || this == QUARTER;
    }
}
