package dev.helhet.common.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * The bounds every value a client sends must keep, defined once: dates and instants in a range a
 * person's life and a case can span, pages a database can reach, text without control characters.
 * The JSON reader, the parameter checks and the OpenAPI document all take them from here.
 */
public final class InputBounds {

    /** The earliest date accepted anywhere (a date of birth, a programme start, an absence). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date accepted anywhere. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);
    public static final Instant EARLIEST_INSTANT = EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    public static final Instant LATEST_INSTANT = LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);

    /**
     * The longest text any field takes, in characters (the longest field, a meeting's minutes, takes exactly this).
     * The JSON reader refuses longer strings whatever the field, so every text the API stores, and so returns, is
     * at most this long; most fields declare a shorter {@code @Size}.
     */
    public static final int MAX_TEXT_LENGTH = 20_000;

    /** The longest request line (method, path, query) a service or the gateway reads: longer than any real URL of the API. */
    public static final int LONGEST_REQUEST_LINE = 8192;

    /**
     * The most municipalities one deployment serves, and so the most records one person has (one per municipality that
     * registered them): Norway, Sweden and Denmark have 745 together.
     */
    public static final int MOST_MUNICIPALITIES = 1000;

    /** The highest zero-based page number of any paged list; with the largest page size the offset stays far inside an int. */
    public static final int MAX_PAGE = 10_000;

    /**
     * Text may hold newline and tab but no other C0 control character (NUL, backspace, escape, carriage
     * return ...): they cannot be stored, printed or shown faithfully, and NUL breaks PostgreSQL text.
     */
    public static final String TEXT_PATTERN = "^[^\\u0000-\\u0008\\u000B-\\u001F]*$";
    private static final Pattern CONTROL_CHARACTER = Pattern.compile("[\\u0000-\\u0008\\u000B-\\u001F]");

    /** Stable codes of the rules, for clients that translate messages. */
    public static final String CODE_CONTROL_CHARACTER = "control-character";
    public static final String CODE_OUT_OF_RANGE = "out-of-range";
    public static final String CODE_WRONG_TYPE = "wrong-type";
    public static final String CODE_NULL_ELEMENT = "null-element";
    public static final String CODE_TOO_LONG = "too-long";

    private InputBounds() {
    }

    public static boolean hasControlCharacter(String text) {
        return text != null && CONTROL_CHARACTER.matcher(text).find();
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    public static boolean inRange(Instant instant) {
        return !instant.isBefore(EARLIEST_INSTANT) && !instant.isAfter(LATEST_INSTANT);
    }

    /** What a client is told when a date is outside the range. */
    public static String dateRangeMessage() {
        return "must be a date between " + EARLIEST_DATE + " and " + LATEST_DATE + ", like 2001-12-31";
    }

    /** What a client is told when an instant is outside the range. */
    public static String instantRangeMessage() {
        return "must be a UTC time between " + EARLIEST_DATE + " and " + LATEST_DATE + ", like 2026-01-31T09:30:00Z";
    }

    public static String tooLongMessage() {
        return "must be at most " + MAX_TEXT_LENGTH + " characters long";
    }

    public static String controlCharacterMessage() {
        return "must not contain control characters (newline and tab are allowed)";
    }
}
