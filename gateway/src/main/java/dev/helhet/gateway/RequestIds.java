package dev.helhet.gateway;

import io.vertx.core.http.HttpServerRequest;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every API request an id that travels to the services and back to the caller, so a
 * caseworker's "it failed" can be found in every log. A well-formed id from the caller is kept.
 */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestIds() {
    }

    /** Whether a value may serve as a request id (and so be written to a log as it is). */
    static boolean wellFormed(String id) {
        return id != null && ACCEPTABLE.matcher(id).matches();
    }

    static String assign(HttpServerRequest request) {
        String given = request.getHeader(HEADER);
        String id = wellFormed(given) ? given : UUID.randomUUID().toString();
        request.headers().set(HEADER, id);
        request.response().putHeader(HEADER, id);
        return id;
    }
}
