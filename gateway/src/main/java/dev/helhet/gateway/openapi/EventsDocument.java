package dev.helhet.gateway.openapi;

import dev.helhet.gateway.limits.RateLimitGate;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/v1/asyncapi}: the platform's events as AsyncAPI 3.0, next to the OpenAPI document. Written by
 * shared-contracts' build from the topic catalogue and the events' JSON Schemas; served as built, without a token,
 * limited by address like any anonymous caller.
 */
@ApplicationScoped
public class EventsDocument {

    static final String RESOURCE = "asyncapi/helhet-events.json";

    private final RateLimitGate rateLimit;

    public EventsDocument(RateLimitGate rateLimit) {
        this.rateLimit = rateLimit;
    }

    void register(@Observes Router router) {
        Buffer document = read();
        router.get("/api/v1/asyncapi").order(800).handler(context -> {
            if (rateLimit.admitAnonymous(context)) {
                context.response()
                        .putHeader("Content-Type", "application/json")
                        .putHeader("Cache-Control", "public, max-age=60")
                        .end(document);
            }
        });
    }

    private static Buffer read() {
        try (InputStream in = EventsDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The gateway is built without " + RESOURCE + " (helhet-shared-contracts)");
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
