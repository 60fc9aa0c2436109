package dev.helhet.statistics.rest;

import dev.helhet.common.problem.ProblemException;
import dev.helhet.statistics.domain.Indicator;

import java.util.Arrays;
import java.util.regex.Pattern;

/** Finds the indicator a path names; 404 for one that does not exist (a path names a resource). */
final class Indicators {

    /** What may be echoed back: a code-like name, never arbitrary input. */
    private static final Pattern SAFE = Pattern.compile("[a-z0-9-]{1,64}");

    private Indicators() {
    }

    static Indicator named(String code) {
        return Arrays.stream(Indicator.values())
                .filter(indicator -> indicator.code().equals(code))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Indicator " + (code != null && SAFE.matcher(code).matches() ? code : "?")));
    }
}
