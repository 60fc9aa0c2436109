package dev.helhet.common.input;

import jakarta.ws.rs.BadRequestException;

/**
 * A query or path parameter that cannot be read as its type or breaks {@link InputBounds}. A
 * {@code BadRequestException}, so RESTEasy passes it on as is instead of answering 404 (what JAX-RS
 * prescribes for an unconvertible query or path parameter); answered as a 400 field error.
 */
public final class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final String rule;
    private final String code;

    public InvalidParameterException(String parameter, String rule, String code) {
        super(parameter + ": " + rule);
        this.parameter = parameter;
        this.rule = rule;
        this.code = code;
    }

    public String parameter() {
        return parameter;
    }

    public String rule() {
        return rule;
    }

    public String code() {
        return code;
    }
}
