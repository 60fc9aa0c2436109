package dev.helhet.gateway;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's own refusals, as RFC 9457 problem+json with the same stable types the services use
 * (docs/api/problems.md).
 */
final class GatewayProblems {

    private GatewayProblems() {
    }

    static void unauthenticated(RoutingContext context) {
        context.response().putHeader("WWW-Authenticate", "Bearer realm=\"helhet\"");
        send(context, 401, "unauthenticated", "A valid bearer token is required",
                "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'");
    }

    static void unknownApi(RoutingContext context) {
        send(context, 404, "not-found", "Not found", "There is no API at this path");
    }

    private static void send(RoutingContext context, int status, String slug, String title, String detail) {
        JsonObject problem = new JsonObject()
                .put("type", "urn:helhet:problem:" + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", context.request().path());
        String requestId = context.request().getHeader(RequestIds.HEADER);
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .end(problem.encode());
    }
}
