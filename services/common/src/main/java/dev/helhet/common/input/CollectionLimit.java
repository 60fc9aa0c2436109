package dev.helhet.common.input;

import dev.helhet.common.problem.Problem;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;

/**
 * The most a collection inside a record may hold (a plan's goals, a referral's steps), refused with 409
 * {@code limit-reached} beyond it. The same number is the collection's {@code maxItems} in the OpenAPI document, so
 * what the document promises is what the service keeps.
 */
public record CollectionLimit(String what, int most) {

    /** Passes when {@code held} more can take one more; otherwise refuses the addition. */
    public void admitOneMore(long held) {
        if (held >= most) {
            throw new ProblemException(Problem.of(ProblemType.LIMIT_REACHED, "A " + what + " holds at most " + most
                    + "; it has " + held + " already"));
        }
    }
}
