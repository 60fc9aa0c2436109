package dev.helhet.common.input;

import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.problem.ProblemException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads a code from a query parameter with a 400 for an unknown one (JAX-RS would answer 404 for a
 * query parameter it cannot convert, which misleads callers).
 */
public final class Codes {

    private Codes() {
    }

    public static <E extends Enum<E> & CodedEnum> E parse(Class<E> type, String code, String parameter) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return CodedEnum.fromCode(type, code);
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.invalidField(parameter, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(CodedEnum::code).collect(Collectors.joining(", ")), "unknown-code");
        }
    }
}
