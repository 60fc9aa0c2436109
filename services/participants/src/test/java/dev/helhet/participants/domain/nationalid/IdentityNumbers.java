package dev.helhet.participants.domain.nationalid;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.LocalDate;

/** Generators of valid identity numbers, computed from the rules (never real people's numbers). */
public final class IdentityNumbers {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger(
            new java.util.Random().nextInt(20_000));

    private IdentityNumbers() {
    }

    /** A valid Norwegian fødselsnummer not handed out before in this test run. */
    public static String uniqueNorwegian() {
        while (true) {
            int n = NEXT.getAndIncrement();
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n % 25_000);
            String number = norwegian(birth, NationalIdKind.FODSELSNUMMER, String.format("%03d", 100 + (n / 25_000) % 800), 0);
            if (number != null) {
                return number;
            }
        }
    }

    /** A valid Swedish personnummer in the 10-digit form with '-'. */
    public static String swedish(LocalDate birth, String serial) {
        String nine = String.format("%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth()) + serial;
        String full = nine + luhnDigit(nine);
        return full.substring(0, 6) + "-" + full.substring(6);
    }

    static Arbitrary<LocalDate> birthDates() {
        return Arbitraries.integers().between(0, 125 * 365).map(days -> TODAY.minusDays(days));
    }

    /** Norwegian numbers of every kind, with the legacy first control digit or the one allowed from 2032. */
    static Arbitrary<String> norwegian() {
        return Combinators.combine(birthDates(), Arbitraries.of(NationalIdKind.FODSELSNUMMER, NationalIdKind.D_NUMBER,
                        NationalIdKind.H_NUMBER), Arbitraries.strings().numeric().ofLength(3), Arbitraries.integers().between(0, 3))
                .as(IdentityNumbers::norwegian)
                .filter(number -> number != null);
    }

    public static String norwegian(LocalDate birth, NationalIdKind kind, String individual, int firstRemainder) {
        int day = birth.getDayOfMonth() + (kind == NationalIdKind.D_NUMBER ? 40 : 0);
        int month = birth.getMonthValue() + (kind == NationalIdKind.H_NUMBER ? 40 : 0);
        String nine = String.format("%02d%02d%02d", day, month, birth.getYear() % 100) + individual;
        int[] w1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
        int sum1 = 0;
        for (int i = 0; i < 9; i++) {
            sum1 += (nine.charAt(i) - '0') * w1[i];
        }
        Integer k1 = null;
        for (int digit = 0; digit <= 9 && k1 == null; digit++) {
            if ((sum1 + digit) % 11 == firstRemainder) {
                k1 = digit;
            }
        }
        if (k1 == null) {
            return null;
        }
        String ten = nine + k1;
        int[] w2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        int sum2 = 0;
        for (int i = 0; i < 10; i++) {
            sum2 += (ten.charAt(i) - '0') * w2[i];
        }
        int k2 = (11 - sum2 % 11) % 11;
        return k2 == 10 ? null : ten + k2;
    }

    /** Swedish numbers in the 10-digit form with a separator (- or, from age 100, +). */
    static Arbitrary<String> swedish() {
        return Combinators.combine(birthDates(), Arbitraries.of(false, true), Arbitraries.strings().numeric().ofLength(3))
                .as((birth, coordination, serial) -> {
                    int day = birth.getDayOfMonth() + (coordination ? 60 : 0);
                    String nine = String.format("%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(), day) + serial;
                    String separator = birth.isAfter(TODAY.minusYears(100)) ? "-" : "+";
                    String full = nine + luhnDigit(nine);
                    return full.substring(0, 6) + separator + full.substring(6);
                });
    }

    public static int luhnDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int digit = nine.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    /** Danish CPR numbers that pass the old modulus-11 check. */
    static Arbitrary<String> danishWithModulus11() {
        return Combinators.combine(Arbitraries.integers().between(0, 100 * 365).map(days -> TODAY.minusDays(days)),
                        Arbitraries.strings().numeric().ofLength(3))
                .as((birth, serial) -> {
                    int year = birth.getYear();
                    // a 7th digit that gives this century: 0-3 for 1900s, 4 for 2000-2036
                    char seventh = year < 2000 ? '1' : '4';
                    String nine = String.format("%02d%02d%02d", birth.getDayOfMonth(), birth.getMonthValue(), year % 100)
                            + seventh + serial.substring(0, 2);
                    int[] weights = {4, 3, 2, 7, 6, 5, 4, 3, 2};
                    int sum = 0;
                    for (int i = 0; i < 9; i++) {
                        sum += (nine.charAt(i) - '0') * weights[i];
                    }
                    int last = (11 - sum % 11) % 11;
                    return last == 10 || (year >= 2037) ? null : nine.substring(0, 6) + "-" + nine.substring(6) + last;
                })
                .filter(number -> number != null);
    }
}
