package dev.helhet.gateway;

import io.vertx.core.http.HttpServerRequest;

/**
 * Tells a service the address the caller used, so that the links it builds (Location headers)
 * point at the gateway and never at the service's internal address. Whatever the caller sent in
 * these headers is replaced: only the gateway (or, when configured with
 * {@code quarkus.http.proxy.*}, the ingress in front of it) decides them.
 */
final class ForwardedHeaders {

    private ForwardedHeaders() {
    }

    static void set(HttpServerRequest request) {
        var headers = request.headers();
        headers.remove("Forwarded");
        String host = request.authority() != null ? request.authority().toString() : headers.get("Host");
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        } else {
            headers.remove("X-Forwarded-Host");
        }
        headers.set("X-Forwarded-Proto", request.scheme());
        headers.remove("X-Forwarded-Port");
        headers.remove("X-Forwarded-Prefix");
    }
}
