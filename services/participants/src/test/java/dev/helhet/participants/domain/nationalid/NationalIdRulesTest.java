package dev.helhet.participants.domain.nationalid;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;

import static dev.helhet.participants.domain.nationalid.IdentityNumbers.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The identity-number rules, with generated valid numbers and every single-digit error and adjacent swap of them. */
class NationalIdRulesTest {

    // --- Norway

    @Property
    void acceptsValidNorwegianNumbers(@ForAll("norwegian") String number) {
        NationalId id = NationalIdRules.parse(Country.NO, number, TODAY);
        assertEquals(number, id.number());
        assertTrue(id.warnings().isEmpty());
    }

    @Property
    void rejectsEverySingleDigitErrorInNorwegianNumbers(@ForAll("norwegian") String number,
                                                        @ForAll("positions11") int position, @ForAll("digits") int digit) {
        Assume.that(number.charAt(position) - '0' != digit);
        String corrupted = replace(number, position, digit);
        assertThrows(InvalidNationalIdException.class, () -> NationalIdRules.parse(Country.NO, corrupted, TODAY));
    }

    @Property
    void rejectsEveryAdjacentTranspositionInNorwegianNumbers(@ForAll("norwegian") String number, @ForAll("positions10") int position) {
        Assume.that(number.charAt(position) != number.charAt(position + 1));
        String swapped = swap(number, position);
        assertThrows(InvalidNationalIdException.class, () -> NationalIdRules.parse(Country.NO, swapped, TODAY));
    }

    @Example
    void recognisesTheNorwegianKinds() {
        LocalDate birth = LocalDate.of(1990, 1, 15);
        for (NationalIdKind kind : new NationalIdKind[] {NationalIdKind.FODSELSNUMMER, NationalIdKind.D_NUMBER, NationalIdKind.H_NUMBER}) {
            assertEquals(kind, kindOf(firstNonNull(birth, kind, 0)));
        }
    }

    @Example
    void acceptsThe2032FirstControlDigitButNoOther() {
        LocalDate birth = LocalDate.of(2032, 3, 1);
        for (int remainder = 1; remainder <= 3; remainder++) {
            String number = firstNonNull(birth, NationalIdKind.FODSELSNUMMER, remainder);
            assertEquals(NationalIdKind.FODSELSNUMMER, kindOf(number), "remainder " + remainder + " is allowed from 2032");
        }
        String legacy = firstNonNull(birth, NationalIdKind.FODSELSNUMMER, 0);
        // A first control digit leaving remainder 4 is never issued: the number is refused however K2 is set.
        String nine = legacy.substring(0, 9);
        for (int k1 = 0; k1 <= 9; k1++) {
            String ten = nine + k1;
            int[] w = {3, 7, 6, 1, 8, 9, 4, 5, 2, 1};
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                sum += (ten.charAt(i) - '0') * w[i];
            }
            if (sum % 11 > 3) {
                for (int k2 = 0; k2 <= 9; k2++) {
                    String candidate = ten + k2;
                    InvalidNationalIdException refused = assertThrows(InvalidNationalIdException.class,
                            () -> NationalIdRules.parse(Country.NO, candidate, TODAY));
                    assertEquals("checksum", refused.code());
                }
            }
        }
    }

    @Example
    void explainsMalformedNorwegianNumbers() {
        assertEquals("wrong-length", codeOf(Country.NO, "0101901234"));
        assertEquals("not-digits", codeOf(Country.NO, "01019O12345"));
        assertEquals("invalid-date", codeOf(Country.NO, "32019012345"));
        assertEquals("invalid-date", codeOf(Country.NO, "29029912345"));
        assertEquals("missing", codeOf(Country.NO, " "));
    }

    @Example
    void neverPrintsTheNumber() {
        String number = firstNonNull(LocalDate.of(1985, 5, 17), NationalIdKind.FODSELSNUMMER, 0);
        NationalId id = NationalIdRules.parse(Country.NO, number, TODAY);
        assertFalse(id.toString().contains(number));
        assertEquals(number.substring(0, 6) + "*****", id.masked());
    }

    // --- Sweden

    @Property
    void acceptsValidSwedishNumbersAndAddsTheCentury(@ForAll("swedish") String number) {
        NationalId id = NationalIdRules.parse(Country.SE, number, TODAY);
        assertEquals(12, id.number().length());
        assertEquals(number.substring(0, 6), id.number().substring(2, 8));
        LocalDate birth = LocalDate.of(Integer.parseInt(id.number().substring(0, 4)), Integer.parseInt(id.number().substring(4, 6)),
                Integer.parseInt(id.number().substring(6, 8)) % 60 == 0 ? 1 : Integer.parseInt(id.number().substring(6, 8)) > 60
                        ? Integer.parseInt(id.number().substring(6, 8)) - 60 : Integer.parseInt(id.number().substring(6, 8)));
        assertFalse(birth.isAfter(TODAY));
        assertEquals(number.contains("+"), birth.isBefore(TODAY.minusYears(100)) || birth.isEqual(TODAY.minusYears(100)));
    }

    @Property
    void rejectsEverySingleDigitErrorInSwedishNumbers(@ForAll("swedish") String number,
                                                      @ForAll("positions11") int position, @ForAll("digits") int digit) {
        Assume.that(position != 6 && number.charAt(position) - '0' != digit);
        String corrupted = replace(number, position, digit);
        assertThrows(InvalidNationalIdException.class, () -> NationalIdRules.parse(Country.SE, corrupted, TODAY));
    }

    /** Luhn's one blind spot, 0 and 9 swapped, is documented in docs/national-identity-numbers.md. */
    @Property
    void rejectsAdjacentTranspositionsInSwedishNumbersExceptNineAndZero(@ForAll("swedish") String number,
                                                                       @ForAll("positions10") int position) {
        Assume.that(position != 5 && position != 6);
        char a = number.charAt(position);
        char b = number.charAt(position + 1);
        Assume.that(a != b && !(Math.min(a, b) == '0' && Math.max(a, b) == '9'));
        String swapped = swap(number, position);
        assertThrows(InvalidNationalIdException.class, () -> NationalIdRules.parse(Country.SE, swapped, TODAY));
    }

    @Example
    void readsTheSwedishForms() {
        String nine = "121212121";
        String ten = nine + IdentityNumbers.luhnDigit(nine);
        String dashed = ten.substring(0, 6) + "-" + ten.substring(6);
        assertEquals("2012121212" + ten.substring(8), NationalIdRules.parse(Country.SE, dashed, TODAY).number().substring(0, 12));
        assertEquals("1912" + ten.substring(2), NationalIdRules.parse(Country.SE, ten.substring(0, 6) + "+" + ten.substring(6), TODAY).number());
        assertEquals("1912" + ten.substring(2), NationalIdRules.parse(Country.SE, "19" + ten, TODAY).number());
        assertEquals("invalid-date", codeOf(Country.SE, "20" + "3012121212"));
        assertEquals("wrong-length", codeOf(Country.SE, "12121212"));
        assertEquals("not-digits", codeOf(Country.SE, "1212x2-1212"));
        String coordination = "121272121";
        String coordinationNumber = coordination + IdentityNumbers.luhnDigit(coordination);
        assertEquals(NationalIdKind.SAMORDNINGSNUMMER, NationalIdRules.parse(Country.SE, coordinationNumber, TODAY).kind());
    }

    // --- Denmark

    @Property
    void acceptsDanishNumbersAndOnlyWarnsOnModulus11(@ForAll("danish") String number,
                                                     @ForAll("positions10") int position, @ForAll("digits") int digit) {
        NationalId valid = NationalIdRules.parse(Country.DK, number, TODAY);
        assertTrue(valid.warnings().isEmpty());
        String digits = number.replace("-", "");
        Assume.that(digits.charAt(position) - '0' != digit);
        String corrupted = replace(digits, position, digit);
        try {
            NationalId accepted = NationalIdRules.parse(Country.DK, corrupted, TODAY);
            assertFalse(accepted.warnings().isEmpty(), "a single-digit error always breaks modulus 11: it must warn");
        } catch (InvalidNationalIdException refused) {
            assertEquals("invalid-date", refused.code(), "only an impossible date refuses a Danish number");
        }
    }

    @Example
    void explainsMalformedDanishNumbers() {
        assertEquals("invalid-date", codeOf(Country.DK, "310290-1234"));
        assertEquals("wrong-length", codeOf(Country.DK, "010190-123"));
        assertEquals("not-digits", codeOf(Country.DK, "01o190-1234"));
    }

    // --- generators and helpers

    @Provide
    Arbitrary<String> norwegian() {
        return IdentityNumbers.norwegian();
    }

    @Provide
    Arbitrary<String> swedish() {
        return IdentityNumbers.swedish();
    }

    @Provide
    Arbitrary<String> danish() {
        return IdentityNumbers.danishWithModulus11();
    }

    @Provide
    Arbitrary<Integer> positions11() {
        return Arbitraries.integers().between(0, 10);
    }

    @Provide
    Arbitrary<Integer> positions10() {
        return Arbitraries.integers().between(0, 9);
    }

    @Provide
    Arbitrary<Integer> digits() {
        return Arbitraries.integers().between(0, 9);
    }

    private static String replace(String number, int position, int digit) {
        return number.substring(0, position) + digit + number.substring(position + 1);
    }

    private static String swap(String number, int position) {
        char[] chars = number.toCharArray();
        char held = chars[position];
        chars[position] = chars[position + 1];
        chars[position + 1] = held;
        return new String(chars);
    }

    private static NationalIdKind kindOf(String number) {
        return NationalIdRules.parse(Country.NO, number, TODAY).kind();
    }

    private static String codeOf(Country country, String number) {
        return assertThrows(InvalidNationalIdException.class, () -> NationalIdRules.parse(country, number, TODAY)).code();
    }

    /** The first valid number of this kind and birth date (some individual digits give a control digit of 10). */
    static String firstNonNull(LocalDate birth, NationalIdKind kind, int remainder) {
        for (int individual = 100; individual < 1000; individual++) {
            String number = IdentityNumbers.norwegian(birth, kind, Integer.toString(individual), remainder);
            if (number != null) {
                return number;
            }
        }
        throw new IllegalStateException("no number for remainder " + remainder);
    }
}
