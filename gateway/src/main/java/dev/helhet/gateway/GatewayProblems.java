package dev.helhet.gateway;

import dev.helhet.gateway.limits.RateLimitGate;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's own refusals, as RFC 9457 problem+json with the same stable types the services use
 * (docs/api/problems.md).
 */
public final class GatewayProblems {

    private GatewayProblems() {
    }

    public static void unauthenticated(RoutingContext context) {
        context.response().putHeader("WWW-Authenticate", "Bearer realm=\"helhet\"");
        send(context, 401, "unauthenticated", "A valid bearer token is required",
                "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'");
    }

    /**
     * A caller without a valid session or token: 401, or 429 once their address has sent more such requests than
     * the rate limit allows — failed sign-ins and token guessing are throttled like any client.
     */
    public static void anonymous(RoutingContext context, RateLimitGate rateLimit) {
        if (rateLimit.admitAnonymous(context)) {
            unauthenticated(context);
        }
    }

    public static void forbidden(RoutingContext context, String slug, String title, String detail) {
        send(context, 403, slug, title, detail);
    }

    public static void tooManyRequests(RoutingContext context, long retryAfterSeconds) {
        context.response().putHeader("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)));
        send(context, 429, "too-many-requests", "Too many requests",
                "This client sent more requests than the gateway allows; wait Retry-After seconds");
    }

    public static void payloadTooLarge(RoutingContext context, long limit) {
        send(context, 413, "payload-too-large", "The request body is too large",
                "The gateway accepts request bodies of at most " + limit + " bytes");
    }

    public static void uriTooLong(RoutingContext context, int limit) {
        context.response().putHeader("Connection", "close");
        send(context, 414, "uri-too-long", "The request URI is too long",
                "Request URIs may be at most " + limit + " characters; send search terms in a body instead");
    }

    public static void lengthRequired(RoutingContext context) {
        send(context, 411, "length-required", "Length required", "Send the request body with a Content-Length");
    }

    public static void json(RoutingContext context, int status, io.vertx.core.json.JsonObject body) {
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }

    /** A browser session that could be neither found nor refused: the sessions' database is away for a moment. */
    public static void sessionsUnavailable(RoutingContext context) {
        sessionStoreAway(context, "Your session could not be checked just now; nothing was carried out. Try again in a few seconds");
    }

    /** A sign-in whose session could not be stored: the sessions' database is away for a moment. */
    public static void signInUnavailable(RoutingContext context) {
        sessionStoreAway(context, "Your sign-in could not be completed just now. Try again in a few seconds");
    }

    private static void sessionStoreAway(RoutingContext context, String detail) {
        context.response().putHeader("Retry-After", "5");
        send(context, 503, "unavailable", "Temporarily unavailable", detail);
    }

    public static void gone(RoutingContext context, String detail) {
        send(context, 410, "gone", "This operation was retired", detail);
    }

    public static void unknownApi(RoutingContext context) {
        send(context, 404, "not-found", "Not found", "There is no API at this path");
    }

    private static void send(RoutingContext context, int status, String slug, String title, String detail) {
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(body(context.request(), status, slug, title, detail).encode());
    }

    static final String MEDIA_TYPE = "application/problem+json";

    /** The problem document for a request: stable type, the path as instance, and the request id to quote. */
    static JsonObject body(HttpServerRequest request, int status, String slug, String title, String detail) {
        JsonObject problem = new JsonObject()
                .put("type", "urn:helhet:problem:" + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", request.path());
        String requestId = request.getHeader(RequestIds.HEADER);
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        return problem;
    }
}
