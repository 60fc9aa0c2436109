package dev.helhet.common.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request line longer than {@value #LONGEST_REQUEST_LINE} characters (414) and a body whose
 * Content-Length is over the limit (413) with problem+json, before Quarkus' own bare answers. The HTTP
 * server itself accepts request lines up to {@code quarkus.http.limits.max-initial-line-length} (set well
 * above this), so only a line beyond that gets the server's empty 414.
 */
@ApplicationScoped
public class RequestSizeLimits {

    /** Longer than any real URL of the API, far shorter than what the HTTP server accepts. */
    public static final int LONGEST_REQUEST_LINE = dev.helhet.common.input.InputBounds.LONGEST_REQUEST_LINE;
    /** Before Quarkus' body limit, which answers 413 without a body at route order -2. */
    private static final int ORDER = -3;

    private final long maxBodySize;

    public RequestSizeLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (context.request().uri().length() > LONGEST_REQUEST_LINE) {
            refuse(context, 414, "uri-too-long", "The request URI is too long",
                    "Request URIs may be at most " + LONGEST_REQUEST_LINE + " characters; send search terms in a body instead");
            return;
        }
        String length = context.request().getHeader("Content-Length");
        if (length != null && isOver(length)) {
            refuse(context, 413, ProblemType.PAYLOAD_TOO_LARGE.slug(), ProblemType.PAYLOAD_TOO_LARGE.title(),
                    "The request body is larger than the service accepts (" + maxBodySize + " bytes)");
            return;
        }
        context.next();
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodySize;
        } catch (NumberFormatException unreadable) {
            return false; // the HTTP server answers a malformed Content-Length itself
        }
    }

    private static void refuse(RoutingContext context, int status, String slug, String title, String detail) {
        JsonObject problem = new JsonObject()
                .put("type", "urn:helhet:problem:" + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", context.request().path());
        String requestId = context.request().getHeader(ProblemMappers.REQUEST_ID_HEADER);
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(problem.encode());
    }
}
