package dev.helhet.participants.domain.nationalid;

/** An identity number that is not one; {@link #code()} says why, stably, for clients and tests. */
public class InvalidNationalIdException extends RuntimeException {

    private final String code;

    public InvalidNationalIdException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** e.g. {@code wrong-length}, {@code not-digits}, {@code invalid-date}, {@code checksum}. */
    public String code() {
        return code;
    }
}
