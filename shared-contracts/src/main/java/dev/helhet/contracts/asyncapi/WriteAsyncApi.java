package dev.helhet.contracts.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the AsyncAPI document at build time: {@code <output> <examples directory>}, the examples being the golden
 * envelopes the contract tests check ({@code <topic>/<EventType>.json}). The gateway serves the file from this jar.
 */
public final class WriteAsyncApi {

    private WriteAsyncApi() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path examples = Path.of(args[1]);
        JsonNode document = AsyncApiDocument.of(event -> {
            Path example = examples.resolve(event.topic()).resolve(event.name() + ".json");
            try {
                return Files.exists(example) ? json.readTree(example.toFile()) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Path output = Path.of(args[0]);
        Files.createDirectories(output.getParent());
        json.writerWithDefaultPrettyPrinter().writeValue(output.toFile(), document);
    }
}
