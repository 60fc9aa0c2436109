package dev.helhet.publicapi;

import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the public document from the services' build-time documents: {@code <output> <service>=<openapi.json> ...}.
 * Its settings are those of {@code make run}; the gateway serves the same document with its own deployment's.
 */
public final class WritePublicApi {

    /** The settings of {@code make run}: the gateway on its own host, Keycloak on localhost:8180, the default rate limit. */
    public static final PublicApiSettings LOCAL = new PublicApiSettings("/", "local",
            "http://localhost:8180/realms/helhet/protocol/openid-connect/token", new PublicApiSettings.RateLimitPolicy(50, 200));

    private WritePublicApi() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: WritePublicApi <output> <service>=<openapi.json> ...");
        }
        Map<String, JsonObject> documents = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            Path document = Path.of(pair[1]);
            if (!Files.isRegularFile(document)) {
                throw new IllegalStateException(pair[0] + "'s OpenAPI document " + document + " is missing: it is written when the"
                        + " service is packaged (mvn package or install, not only compile)");
            }
            documents.put(pair[0], new JsonObject(Files.readString(document)));
        }
        Path output = Path.of(args[0]);
        Files.createDirectories(output.getParent());
        Files.writeString(output, PublicApiDocument.compose(documents, LOCAL).encodePrettily());
    }
}
