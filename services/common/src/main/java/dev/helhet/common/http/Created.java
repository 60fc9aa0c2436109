package dev.helhet.common.http;

import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A 201 whose Location is a root-relative path ({@code /api/v1/participants/<id>}), sent as is: the client
 * resolves it against the address it called (the gateway's). Never an absolute URL built from the request's
 * Host or forwarded headers, which a caller could choose (docs/adr/0018).
 */
public final class Created {

    private Created() {
    }

    public static <T> RestResponse<T> at(String path, T entity) {
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("A Location is a root-relative path: " + path);
        }
        return RestResponse.ResponseBuilder.<T>create(RestResponse.Status.CREATED).header(HttpHeaders.LOCATION, path).entity(entity).build();
    }
}
