package dev.helhet.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the right syntax that breaks one of {@link InputBounds}: a date out of range, a
 * number where text belongs, a control character. Carries what the client is told and a stable code;
 * answered as a 400 field error with the JSON path Jackson adds while unwinding.
 */
public final class RejectedValueException extends MismatchedInputException {

    private final String rule;
    private final String code;

    public RejectedValueException(JsonParser parser, Class<?> target, String rule, String code) {
        super(parser, rule, target);
        this.rule = rule;
        this.code = code;
    }

    /** What is wrong with the value, for people. */
    public String rule() {
        return rule;
    }

    public String code() {
        return code;
    }
}
