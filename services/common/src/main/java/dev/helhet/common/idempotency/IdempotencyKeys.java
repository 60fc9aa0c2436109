package dev.helhet.common.idempotency;

import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;

/** The {@code Idempotency-Key} header (draft-ietf-httpapi-idempotency-key-header): its name and what a key may be. */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    /** Sent with an answer that is the kept first answer, not a new one. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** The OpenAPI parameter component that declares the header ({@code @Parameter(ref = PARAMETER)}). */
    public static final String PARAMETER = "IdempotencyKey";
    /** Room for a UUID, a ULID or a client's own composite key; bounded, as it is stored. */
    public static final int MAX_LENGTH = 255;

    private IdempotencyKeys() {
    }

    /** Refuses with 400 {@code idempotency-key-invalid} a key that is empty, too long or not visible ASCII. */
    public static void check(String key) {
        if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_INVALID, "An Idempotency-Key is 1 to " + MAX_LENGTH
                    + " visible ASCII characters, such as a random UUID");
        }
    }
}
