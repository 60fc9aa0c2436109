package dev.helhet.contracts.participants;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** The age bands statistics breaks figures down by: coarse enough that a band never singles a person out. */
public final class AgeBand {

    /** Every band, youngest first, as the codes events carry. */
    public static final List<String> CODES = List.of("under-18", "18-24", "25-34", "35-44", "45-54", "55-66", "67-and-over");

    private static final int[] LOWER_BOUNDS = {0, 18, 25, 35, 45, 55, 67};

    private AgeBand() {
    }

    /** The band of someone born on {@code dateOfBirth} on {@code day}; null when the date of birth is unknown. */
    public static String of(LocalDate dateOfBirth, LocalDate day) {
        if (dateOfBirth == null || day == null) {
            return null;
        }
        int age = Period.between(dateOfBirth, day).getYears();
        for (int band = LOWER_BOUNDS.length - 1; band > 0; band--) {
            if (age >= LOWER_BOUNDS[band]) {
                return CODES.get(band);
            }
        }
        return CODES.get(0);
    }
}
