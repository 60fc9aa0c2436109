package dev.helhet.gateway;

import io.vertx.core.http.HttpServerRequest;

/**
 * Nothing a caller writes in forwarding headers passes on to a service. The services ignore such
 * headers anyway and answer root-relative links (docs/adr/0018), so no caller can steer a Location
 * header or a client address through the gateway.
 */
final class ForwardedHeaders {

    private ForwardedHeaders() {
    }

    static void strip(HttpServerRequest request) {
        var headers = request.headers();
        for (String name : new String[]{"Forwarded", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-Port", "X-Forwarded-Prefix",
                "X-Forwarded-For", "X-Forwarded-Server", "X-Forwarded-Ssl", "X-Real-IP"}) {
            headers.remove(name);
        }
    }
}
