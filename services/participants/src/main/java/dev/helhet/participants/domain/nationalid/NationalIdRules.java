package dev.helhet.participants.domain.nationalid;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks identity numbers of Norway, Sweden and Denmark and brings them to their normal form.
 * Every refusal names its reason ({@link InvalidNationalIdException#code()}) in words a caseworker
 * can act on. The rules are in docs/national-identity-numbers.md.
 */
public final class NationalIdRules {

    private static final int[] NO_WEIGHTS_1 = {3, 7, 6, 1, 8, 9, 4, 5, 2, 1};
    private static final int[] NO_WEIGHTS_2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
    private static final int[] DK_WEIGHTS = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
    private static final Pattern SWEDISH = Pattern.compile("(\\d{2})?(\\d{6})([-+]?)(\\d{4})");
    private static final Pattern DANISH = Pattern.compile("(\\d{6})-?(\\d{4})");

    private NationalIdRules() {
    }

    /** The number in normal form, or {@link InvalidNationalIdException} saying what is wrong. */
    public static NationalId parse(Country country, String number, LocalDate today) {
        if (number == null || number.isBlank()) {
            throw new InvalidNationalIdException("missing", "Give the identity number");
        }
        String trimmed = number.strip();
        return switch (country) {
            case NO -> norwegian(trimmed.replace(" ", ""));
            case SE -> swedish(trimmed.replace(" ", ""), today);
            case DK -> danish(trimmed.replace(" ", ""));
        };
    }

    // --- Norway: DDMMYY + 3 individual digits + 2 control digits

    private static NationalId norwegian(String number) {
        requireDigits(number, "A Norwegian identity number", 11);
        int day = twoDigits(number, 0);
        int month = twoDigits(number, 2);
        int year = twoDigits(number, 4);
        NationalIdKind kind = NationalIdKind.FODSELSNUMMER;
        if (month > 80) {
            kind = NationalIdKind.SYNTHETIC;
            month -= 80;
        } else if (month > 40) {
            kind = NationalIdKind.H_NUMBER;
            month -= 40;
        }
        if (day > 40) {
            if (kind == NationalIdKind.H_NUMBER) {
                throw invalidDate(number.substring(0, 6));
            }
            kind = kind == NationalIdKind.SYNTHETIC ? kind : NationalIdKind.D_NUMBER;
            day -= 40;
        }
        requireDayOfMonth(day, month, year % 4 == 0, number.substring(0, 6));

        // First control digit: remainder 0 for numbers issued before 2032, 0-3 for the new numbers.
        if (weightedSum(number, NO_WEIGHTS_1) % 11 > 3) {
            throw checksum();
        }
        if (weightedSum(number, NO_WEIGHTS_2) % 11 != 0) {
            throw checksum();
        }
        List<String> warnings = kind == NationalIdKind.SYNTHETIC
                ? List.of("This is a synthetic test number; it belongs to no real person")
                : List.of();
        return new NationalId(Country.NO, number, kind, warnings);
    }

    // --- Sweden: (CC)YYMMDD-NNNC, Luhn over the ten digits; + separates people aged 100 or more

    private static NationalId swedish(String number, LocalDate today) {
        Matcher parts = SWEDISH.matcher(number);
        if (!parts.matches()) {
            if (!number.replaceAll("[-+]", "").chars().allMatch(Character::isDigit)) {
                throw new InvalidNationalIdException("not-digits",
                        "A Swedish identity number has digits and at most one - or + before the last four");
            }
            throw new InvalidNationalIdException("wrong-length",
                    "A Swedish identity number has 10 digits (YYMMDD-NNNC) or 12 with the century (YYYYMMDD-NNNC)");
        }
        String century = parts.group(1);
        String date = parts.group(2);
        boolean hundredOrOlder = "+".equals(parts.group(3));
        String serial = parts.group(4);
        int year = twoDigits(date, 0);
        int month = twoDigits(date, 2);
        int day = twoDigits(date, 4);
        NationalIdKind kind = NationalIdKind.PERSONNUMMER;
        if (day > 60) {
            kind = NationalIdKind.SAMORDNINGSNUMMER;
            day -= 60;
        }
        if (month < 1 || month > 12 || day < 1) {
            throw invalidDate(date);
        }
        int fullYear;
        if (century != null) {
            fullYear = Integer.parseInt(century) * 100 + year;
        } else {
            fullYear = today.getYear() / 100 * 100 + year;
            if (dateOrNull(fullYear, month, day) == null || dateOrNull(fullYear, month, day).isAfter(today)) {
                fullYear -= 100;
            }
            if (hundredOrOlder) {
                fullYear -= 100;
            }
        }
        LocalDate birth = dateOrNull(fullYear, month, day);
        if (birth == null) {
            throw invalidDate(date);
        }
        if (birth.isAfter(today)) {
            throw new InvalidNationalIdException("invalid-date", "The date part " + date + " lies in the future");
        }
        String tenDigits = date + serial;
        if (!luhnValid(tenDigits)) {
            throw checksum();
        }
        return new NationalId(Country.SE, String.format("%04d", fullYear) + date.substring(2) + serial, kind, List.of());
    }

    // --- Denmark: DDMMYY-SSSS; the 7th digit and the year give the century; modulus 11 only warns

    private static NationalId danish(String number) {
        Matcher parts = DANISH.matcher(number);
        if (!parts.matches()) {
            requireDigits(number.replace("-", ""), "A Danish CPR number", 10);
            throw new InvalidNationalIdException("wrong-format", "Write a Danish CPR number as DDMMYY-SSSS");
        }
        String digits = parts.group(1) + parts.group(2);
        int day = twoDigits(digits, 0);
        int month = twoDigits(digits, 2);
        int year = twoDigits(digits, 4);
        int seventh = digits.charAt(6) - '0';
        int century = switch (seventh) {
            case 0, 1, 2, 3 -> 1900;
            case 4, 9 -> year <= 36 ? 2000 : 1900;
            default -> year <= 57 ? 2000 : 1800;
        };
        if (dateOrNull(century + year, month, day) == null) {
            throw invalidDate(digits.substring(0, 6));
        }
        List<String> warnings = new ArrayList<>();
        if (weightedSum(digits, DK_WEIGHTS) % 11 != 0) {
            warnings.add("The number fails the old modulus-11 check; CPR numbers issued since 2007 may do so. Check it against the person's papers.");
        }
        return new NationalId(Country.DK, digits, NationalIdKind.CPR, warnings);
    }

    // --- helpers

    private static void requireDigits(String number, String what, int length) {
        if (!number.chars().allMatch(Character::isDigit)) {
            throw new InvalidNationalIdException("not-digits", what + " has digits only");
        }
        if (number.length() != length) {
            throw new InvalidNationalIdException("wrong-length",
                    what + " has " + length + " digits; this one has " + number.length());
        }
    }

    private static void requireDayOfMonth(int day, int month, boolean leapYearPossible, String datePart) {
        if (month < 1 || month > 12 || day < 1) {
            throw invalidDate(datePart);
        }
        int lastDay = month == 2 ? (leapYearPossible ? 29 : 28) : YearMonth.of(2001, month).lengthOfMonth();
        if (day > lastDay) {
            throw invalidDate(datePart);
        }
    }

    private static LocalDate dateOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int twoDigits(String digits, int from) {
        return Integer.parseInt(digits.substring(from, from + 2));
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static InvalidNationalIdException invalidDate(String datePart) {
        return new InvalidNationalIdException("invalid-date", "The date part " + datePart + " is not a valid date");
    }

    private static InvalidNationalIdException checksum() {
        return new InvalidNationalIdException("checksum",
                "The control digits do not match: the number is probably mistyped");
    }
}
