package dev.helhet.publicapi;

import io.vertx.core.json.JsonObject;

import java.util.Map;

/** The OpenAPI document partners see: the services' documents merged, then what the gateway adds to every call. */
public final class PublicApiDocument {

    private PublicApiDocument() {
    }

    /** Composes it from each service's document, keyed by the service's name in the gateway's paths. */
    public static JsonObject compose(Map<String, JsonObject> serviceDocuments, PublicApiSettings settings) {
        JsonObject document = ServiceDocuments.merge(serviceDocuments);
        GatewayConventions.apply(document, settings);
        return document;
    }
}
