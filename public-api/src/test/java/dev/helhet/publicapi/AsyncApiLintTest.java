package dev.helhet.publicapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The events' AsyncAPI document (written by shared-contracts' build) as the AsyncAPI initiative's own parser reads it. */
class AsyncApiLintTest {

    private static final Path DOCUMENT = Path.of(System.getProperty("helhet.asyncapi.document",
            "../shared-contracts/target/classes/asyncapi/helhet-events.json"));

    @Test
    void theAsyncApiParserFindsNoErrorOrWarning() throws Exception {
        assertTrue(Files.isRegularFile(DOCUMENT), "shared-contracts' build writes " + DOCUMENT);
        Path output = Files.createTempFile("asyncapi", ".json");
        try {
            Process process = new ProcessBuilder(List.of("node", "validate-asyncapi.mjs", DOCUMENT.toString()))
                    .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the AsyncAPI parser did not finish in 2 minutes");
            assertEquals(0, process.exitValue(), "the AsyncAPI parser failed");
            JsonArray diagnostics = new JsonArray(Files.readString(output));
            List<String> serious = diagnostics.stream().map(JsonObject.class::cast)
                    .filter(diagnostic -> diagnostic.getInteger("severity") <= 1)
                    .map(diagnostic -> diagnostic.getString("code") + " at " + diagnostic.getJsonArray("path").encode() + ": "
                            + diagnostic.getString("message"))
                    .toList();
            System.out.printf("AsyncAPI parser: %d diagnostics, %d errors or warnings%n", diagnostics.size(), serious.size());
            assertEquals(List.of(), serious);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
