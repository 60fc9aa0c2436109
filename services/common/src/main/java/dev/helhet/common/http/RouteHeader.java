package dev.helhet.common.http;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Names the route an answer came from ({@code X-Helhet-Route: /api/v1/participants/{id}}) so that the gateway labels its
 * metrics by route, not by a raw path with a person's id in it; the gateway removes the header before answering.
 */
public class RouteHeader {

    public static final String NAME = "X-Helhet-Route";
    /** Where Quarkus keeps the matched resource method's path template for its own metrics and traces. */
    private static final String TEMPLATE = "UrlPathTemplate";

    @ServerResponseFilter
    public void name(ContainerResponseContext response) {
        Context context = Vertx.currentContext();
        Object template = context == null ? null : context.getLocal(TEMPLATE);
        if (template instanceof String path && !path.isEmpty()) {
            response.getHeaders().putSingle(NAME, path);
        }
    }
}
