package dev.helhet.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.helhet.common.input.InvalidParameterException;
import dev.helhet.common.input.RejectedValueException;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.DatabaseUnavailable;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every failure of a request into an RFC 9457 problem+json answer with a stable type. Never
 * echoes request content or a stack trace; unexpected failures are logged here with the request id.
 */
public class ProblemMappers {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** A database restart or failover, or another dependency's, takes seconds; asking again sooner only adds load. */
    private static final int UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return respond(e.problem(), request);
    }

    @ServerExceptionMapper
    public Response violations(ResteasyReactiveViolationException e, HttpServerRequest request) {
        return constraintViolations(e, request);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, HttpServerRequest request) {
        boolean aboutOurAnswer = e.getConstraintViolations().stream().anyMatch(ProblemMappers::isReturnValue);
        if (aboutOurAnswer) {
            return unexpected(e, request);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage(), codeOf(violation)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; "));
        return respond(Problem.of(ProblemType.VALIDATION, detail).withErrors(errors), request);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, HttpServerRequest request) {
        return respond(Problem.of(ProblemType.VALIDATION, e.parameter() + ": " + e.rule())
                .withErrors(List.of(new Problem.FieldError(e.parameter(), e.rule(), e.code()))), request);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, HttpServerRequest request) {
        var location = e.getLocation();
        String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return respond(Problem.of(ProblemType.MALFORMED_JSON, "The request body is not valid JSON" + where), request);
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, HttpServerRequest request) {
        if (e.getPath().isEmpty() && e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return respond(Problem.of(ProblemType.MALFORMED_JSON, "The request body holds more than one JSON value"), request);
        }
        String field = jsonPath(e);
        String message = e instanceof RejectedValueException rejected ? rejected.rule() : expectation(e);
        String code = e instanceof RejectedValueException rejected ? rejected.code() : null;
        return respond(Problem.of(ProblemType.VALIDATION, (field.isEmpty() ? "body" : field) + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message, code))), request);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonMappingException e, HttpServerRequest request) {
        String field = jsonPath(e);
        String message = "has a value that cannot be read";
        return respond(Problem.of(ProblemType.VALIDATION, (field.isEmpty() ? "body" : field) + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message))), request);
    }

    /** Someone else changed the same record first (optimistic locking). */
    @ServerExceptionMapper({jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleStateException.class})
    public Response staleVersion(Exception e, HttpServerRequest request) {
        return respond(Problem.of(ProblemType.STALE_VERSION,
                "Someone else changed this record at the same time; read it again and repeat the change"), request);
    }

    /** A unique or check constraint refused the change: two requests raced, or the data was inconsistent. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, HttpServerRequest request) {
        return respond(Problem.of(ProblemType.CONFLICT,
                "The change conflicts with data stored meanwhile; read it again and repeat the change"), request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(Problem.of(ProblemType.FORBIDDEN, "Your role does not allow this operation"), request);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        // The JSON body reader reports unparseable input as a bare 400 with the parser's exception as cause.
        switch (e.getCause()) {
            case JsonParseException parse -> {
                return malformedJson(parse, request);
            }
            case MismatchedInputException mismatch -> {
                return wrongType(mismatch, request);
            }
            case JsonMappingException mapping -> {
                return unreadable(mapping, request);
            }
            case null, default -> {
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "There is no resource at this path";
            case 405 -> "This path does not accept " + request.method().name();
            case 406 -> "This resource answers in application/json only";
            case 413 -> "The request body is larger than the service accepts";
            case 415 -> "Send the request body as application/json";
            default -> type.title();
        };
        Response.ResponseBuilder answer = problemResponse(Problem.of(type, detail), request);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        String requestId = request.getHeader(REQUEST_ID_HEADER);
        String unavailable = DatabaseUnavailable.reason(e);
        if (unavailable != null) {
            // Expected during a database restart or failover; the pool reconnects by itself. Not an error of ours to trace.
            LOG.warnf("A dependency is out of reach: %s %s answered 503 (request id %s): %s", request.method(), request.path(), requestId,
                    unavailable);
            return respond(Problem.of(ProblemType.UNAVAILABLE,
                    "The service could not reach its database or a service it depends on. Try again shortly; if this was a change,"
                            + " check whether it was saved before repeating it"), request);
        }
        LOG.errorf(e, "Unexpected failure of %s %s (request id %s)", request.method(), request.path(), requestId);
        return respond(Problem.of(ProblemType.INTERNAL,
                "The request failed on our side and was not carried out. Quote the request id if you ask for help."), request);
    }

    private static Response unauthenticated(HttpServerRequest request) {
        return problemResponse(Problem.of(ProblemType.UNAUTHENTICATED,
                "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'"), request)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"helhet\"")
                .build();
    }

    private static Response respond(Problem problem, HttpServerRequest request) {
        Response.ResponseBuilder response = problemResponse(problem, request);
        if (problem.status() == 503) {
            // Whatever is out of reach (a database, Keycloak, another service) takes seconds to come back.
            response.header(HttpHeaders.RETRY_AFTER, UNAVAILABLE_RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    private static Response.ResponseBuilder problemResponse(Problem problem, HttpServerRequest request) {
        Problem located = problem.at(request.path(), request.getHeader(REQUEST_ID_HEADER));
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(located);
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * A stable code for the failed rule: a validator's dynamic payload when it gave one (e.g. the
     * identity-number rules), else the constraint's name in kebab case ({@code NotBlank} → {@code not-blank}).
     */
    static String codeOf(ConstraintViolation<?> violation) {
        try {
            Object payload = violation.unwrap(org.hibernate.validator.engine.HibernateConstraintViolation.class)
                    .getDynamicPayload(String.class);
            if (payload instanceof String code) {
                return code;
            }
        } catch (jakarta.validation.ValidationException notHibernate) {
            // fall through to the annotation's name
        }
        String name = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code register.request.name} becomes {@code name}; a query parameter keeps its own name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {
                    // the Java method is not part of the API
                }
                case PARAMETER -> {
                    if (last) {
                        append(field, node);
                    }
                }
                default -> append(field, node);
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static void append(StringBuilder field, Path.Node node) {
        if (node.getName() == null || node.getName().startsWith("<")) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            return;
        }
        if (node.isInIterable() && node.getIndex() != null && !field.isEmpty()) {
            field.append('[').append(node.getIndex()).append(']');
        }
        if (!field.isEmpty()) {
            field.append('.');
        }
        field.append(node.getName());
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expectation(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "has the wrong type";
        }
        if (target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants())
                    .map(value -> value instanceof CodedEnum coded ? coded.code() : value.toString())
                    .collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException || !target.isPrimitive()) {
            return switch (target.getSimpleName()) {
                case "LocalDate" -> "must be a date like 2001-12-31";
                case "Instant", "OffsetDateTime" -> "must be a UTC time like 2026-01-31T09:30:00Z";
                case "UUID" -> "must be a UUID";
                case "String" -> "must be a string";
                case "Integer", "Long", "int", "long" -> "must be a whole number";
                case "Boolean", "boolean" -> "must be true or false";
                default -> target.isRecord() || target.getName().startsWith("java.util") ? "has the wrong shape" : "has the wrong type";
            };
        }
        return "must be a " + target.getSimpleName();
    }
}
