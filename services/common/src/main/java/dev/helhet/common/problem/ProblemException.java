package dev.helhet.common.problem;

import java.util.List;

/** Thrown by services to answer with a specific problem; mapped to problem+json by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail) {
        this(Problem.of(type, detail));
    }

    public ProblemException(Problem problem) {
        super(problem.type() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " was not found");
    }

    public static ProblemException invalidField(String field, String message) {
        return invalidField(field, message, null);
    }

    public static ProblemException invalidField(String field, String message, String code) {
        return new ProblemException(Problem.of(ProblemType.VALIDATION, field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message, code))));
    }

    /** 409: the request conflicts with what is stored; {@code detail} says how to resolve it. */
    public static ProblemException conflict(ProblemType type, String detail) {
        return new ProblemException(type, detail);
    }

    public Problem problem() {
        return problem;
    }
}
