package dev.helhet.statistics.service;

import dev.helhet.common.problem.ProblemException;
import dev.helhet.statistics.domain.Dimension;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whole months, first to last (both included), that figures are computed over; at most ten years. */
public record Period(YearMonth from, YearMonth to) {

    static final int MAX_MONTHS = 120;
    /** Quarters one open-data request may span: each is a protected table to compute. */
    static final int MAX_OPEN_QUARTERS = 12;
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** From {@code from} to {@code to} as {@code YYYY-MM}; by default the twelve months up to this one. */
    public static Period ofMonths(String from, String to, LocalDate today) {
        YearMonth last = to == null || to.isBlank() ? YearMonth.from(today) : month(to, "to");
        YearMonth first = from == null || from.isBlank() ? last.minusMonths(11) : month(from, "from");
        return checked(first, last);
    }

    /**
     * Closed quarters from {@code from} to {@code to} ({@code YYYY-Qn}); by default the eight up to the last closed one.
     * Figures that leave the municipality are published for closed quarters only: a quarter still filling up, read
     * day after day, would give away each new event by difference.
     */
    public static Period ofClosedQuarters(String from, String to, LocalDate today) {
        YearMonth lastClosed = lastClosedQuarter(today);
        YearMonth last = to == null || to.isBlank() ? lastClosed.plusMonths(2) : quarter(to, "to").plusMonths(2);
        YearMonth first = from == null || from.isBlank() ? last.minusMonths(23) : quarter(from, "from");
        if (last.isAfter(lastClosed.plusMonths(2))) {
            throw ProblemException.invalidField("to", "must be a closed quarter, " + quarterOf(lastClosed) + " or earlier", "quarter-not-closed");
        }
        if (first.plusMonths(MAX_OPEN_QUARTERS * 3L).isBefore(last.plusMonths(1))) {
            throw ProblemException.invalidField("from", "open data spans at most " + MAX_OPEN_QUARTERS + " quarters a request", "period-too-long");
        }
        return checked(first, last);
    }

    /** One closed quarter ({@code YYYY-Qn}); by default the last closed one. */
    public static Period ofClosedQuarter(String quarter, LocalDate today) {
        YearMonth lastClosed = lastClosedQuarter(today);
        YearMonth first = quarter == null || quarter.isBlank() ? lastClosed : quarter(quarter, "quarter");
        if (first.isAfter(lastClosed)) {
            throw ProblemException.invalidField("quarter", "must be a closed quarter, " + quarterOf(lastClosed) + " or earlier", "quarter-not-closed");
        }
        return checked(first, first.plusMonths(2));
    }

    /** The same period widened to whole quarters, so that no quarter's row counts only part of it. */
    public Period toWholeQuarters() {
        return new Period(YearMonth.of(from.getYear(), ((from.getMonthValue() - 1) / 3) * 3 + 1), lastMonthOfQuarter(to));
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    /** The day after the period. */
    public LocalDate endExclusive() {
        return to.plusMonths(1).atDay(1);
    }

    /** The keys of every month or quarter in the period, in order, as a table's rows name them. */
    public List<String> keys(Dimension by) {
        List<String> keys = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            String key = by == Dimension.MONTH ? month.toString() : quarterOf(month);
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    public static String quarterOf(YearMonth month) {
        return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
    }

    private static Period checked(YearMonth first, YearMonth last) {
        if (first.getYear() < 1900 || last.getYear() > 2999) {
            throw ProblemException.invalidField("from", "years run from 1900 to 2999", "period-out-of-range");
        }
        if (first.isAfter(last)) {
            throw ProblemException.invalidField("from", "must not be after to", "period-reversed");
        }
        if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw ProblemException.invalidField("from", "the period spans at most " + MAX_MONTHS + " months", "period-too-long");
        }
        return new Period(first, last);
    }

    private static YearMonth month(String value, String parameter) {
        try {
            if (value.length() == 7) {
                return YearMonth.parse(value);
            }
        } catch (DateTimeParseException invalid) {
            // answered below
        }
        throw ProblemException.invalidField(parameter, "must be a month as YYYY-MM, e.g. 2026-03", "invalid-month");
    }

    private static YearMonth quarter(String value, String parameter) {
        Matcher matcher = QUARTER.matcher(value);
        if (!matcher.matches()) {
            throw ProblemException.invalidField(parameter, "must be a quarter as YYYY-Qn, e.g. 2026-Q1", "invalid-quarter");
        }
        return YearMonth.of(Integer.parseInt(matcher.group(1)), (Integer.parseInt(matcher.group(2)) - 1) * 3 + 1);
    }

    /** The first month of the last quarter that has ended before today. */
    private static YearMonth lastClosedQuarter(LocalDate today) {
        YearMonth current = YearMonth.from(today);
        return YearMonth.of(current.getYear(), ((current.getMonthValue() - 1) / 3) * 3 + 1).minusMonths(3);
    }

    private static YearMonth lastMonthOfQuarter(YearMonth month) {
        return YearMonth.of(month.getYear(), ((month.getMonthValue() - 1) / 3) * 3 + 3);
    }
}
