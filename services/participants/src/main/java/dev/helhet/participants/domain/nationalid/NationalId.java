package dev.helhet.participants.domain.nationalid;

import java.util.List;

/**
 * A valid identity number in its normal form: digits only for Norway and Denmark, 12 digits with
 * century for Sweden. Birth date and gender are deliberately not derived from it (from 2032 Norway
 * issues numbers that carry neither reliably); the birth date is entered separately.
 *
 * @param warnings things worth showing but not reasons to refuse (e.g. a Danish number without a
 *                 valid modulus-11 check, which Denmark has issued since 2007)
 */
public record NationalId(Country country, String number, NationalIdKind kind, List<String> warnings) {

    public NationalId {
        warnings = List.copyOf(warnings);
    }

    /** The number as people write it: {@code 010190 12345}, {@code 19900101-1234}, {@code 010190-1234}. */
    public String formatted() {
        return format(country, number);
    }

    /** A number already in normal form, as people write it. */
    public static String format(Country country, String number) {
        return switch (country) {
            case NO -> number;
            case SE -> number.substring(0, 8) + "-" + number.substring(8);
            case DK -> number.substring(0, 6) + "-" + number.substring(6);
        };
    }

    /** Shown by default: only the date part, the rest hidden. */
    public String masked() {
        return switch (country) {
            case NO -> number.substring(0, 6) + "*****";
            case SE -> number.substring(0, 8) + "-****";
            case DK -> number.substring(0, 6) + "-****";
        };
    }

    @Override
    public String toString() {
        // Never the number itself: records end up in logs and exception messages.
        return "NationalId[" + country + ", " + kind + ", " + masked() + "]";
    }
}
