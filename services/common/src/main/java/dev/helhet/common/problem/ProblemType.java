package dev.helhet.common.problem;

import java.net.URI;

/**
 * A stable kind of error. Clients match on {@link #uri()}, never on the human text; the catalogue
 * with the meaning of each type is in docs/api/problems.md.
 */
public record ProblemType(String slug, String title, int status) {

    public static final ProblemType VALIDATION = new ProblemType("validation", "The request has invalid fields", 400);
    public static final ProblemType MALFORMED_JSON = new ProblemType("malformed-json", "The request body is not valid JSON", 400);
    public static final ProblemType BAD_REQUEST = new ProblemType("bad-request", "The request cannot be understood", 400);
    public static final ProblemType UNAUTHENTICATED = new ProblemType("unauthenticated", "A valid bearer token is required", 401);
    public static final ProblemType FORBIDDEN = new ProblemType("forbidden", "You may not do this", 403);
    public static final ProblemType NO_MUNICIPALITY = new ProblemType("no-active-municipality", "No active municipality", 403);
    public static final ProblemType MUNICIPALITY_NOT_PERMITTED = new ProblemType("municipality-not-permitted", "Not a member of that municipality", 403);
    public static final ProblemType NOT_FOUND = new ProblemType("not-found", "Not found", 404);
    public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method-not-allowed", "Method not allowed", 405);
    public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable", "Cannot answer in the requested media type", 406);
    public static final ProblemType CONFLICT = new ProblemType("conflict", "Conflicts with the current state", 409);
    public static final ProblemType STALE_VERSION = new ProblemType("stale-version", "Changed by someone else meanwhile", 409);
    public static final ProblemType IDEMPOTENCY_KEY_INVALID = new ProblemType("idempotency-key-invalid",
            "The Idempotency-Key header is not a usable key", 400);
    public static final ProblemType IDEMPOTENCY_KEY_IN_USE = new ProblemType("idempotency-key-in-use",
            "A request with this Idempotency-Key is still being carried out", 409);
    public static final ProblemType IDEMPOTENCY_KEY_REUSED = new ProblemType("idempotency-key-reused",
            "This Idempotency-Key was used for a different request", 422);
    public static final ProblemType PRECONDITION_FAILED = new ProblemType("precondition-failed",
            "The record is not at the version If-Match names", 412);
    public static final ProblemType LIMIT_REACHED = new ProblemType("limit-reached",
            "The collection already holds as many as it may", 409);
    public static final ProblemType PAYLOAD_TOO_LARGE = new ProblemType("payload-too-large", "The request body is too large", 413);
    public static final ProblemType TOO_MANY_REQUESTS = new ProblemType("too-many-requests", "Too many requests", 429);
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = new ProblemType("unsupported-media-type", "Unsupported media type", 415);
    public static final ProblemType INTERNAL = new ProblemType("internal-error", "Something went wrong on our side", 500);
    public static final ProblemType UNAVAILABLE = new ProblemType("unavailable", "Temporarily unavailable", 503);

    private static final String PREFIX = "urn:helhet:problem:";

    public URI uri() {
        return URI.create(PREFIX + slug);
    }

    /** The generic type for an HTTP status that has no more specific one. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : new ProblemType("http-" + status, "HTTP " + status, status);
        };
    }
}
