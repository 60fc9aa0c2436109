package dev.helhet.common.problem;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A problem lists at most {@link Problem#MOST_ERRORS} field errors, the first ones, as the OpenAPI document says. */
class ProblemTest {

    @Test
    void listsTheFirstHundredFieldErrors() {
        List<Problem.FieldError> many = IntStream.range(0, 250).mapToObj(i -> new Problem.FieldError("actions[" + i + "].what", "must not be blank")).toList();
        Problem problem = Problem.of(ProblemType.VALIDATION, "250 fields are wrong").withErrors(many);
        assertEquals(Problem.MOST_ERRORS, problem.errors().size());
        assertEquals("actions[0].what", problem.errors().getFirst().field());
        assertEquals(List.of(new Problem.FieldError("x", "y")), Problem.of(ProblemType.VALIDATION, "one").withErrors(List.of(new Problem.FieldError("x", "y"))).errors());
    }
}
