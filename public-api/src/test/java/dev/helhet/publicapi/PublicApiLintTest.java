package dev.helhet.publicapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public document as the build wrote it, linted as a partner's or a security reviewer's tools would: Spectral with
 * the OpenAPI and OWASP API Security Top 10 rulesets, and Redocly's recommended rules. Errors fail the build; the
 * warnings are printed with their counts.
 */
class PublicApiLintTest {

    private static final Path DOCUMENT = Path.of(System.getProperty("helhet.public-api.document", "target/openapi/helhet-public-api.json"));

    @Test
    void spectralWithTheOasAndOwaspRulesetsFindsNoError() throws Exception {
        JsonArray findings = new JsonArray(run("spectral", "lint", "--quiet", "--format", "json", "--fail-severity", "error",
                "--ruleset", ".spectral.yaml", DOCUMENT.toString()));
        Map<String, Long> errors = count(findings, 0);
        System.out.printf("Spectral (OAS + OWASP): %d errors, %d warnings %s%n", errors.values().stream().mapToLong(n -> n).sum(),
                count(findings, 1).values().stream().mapToLong(n -> n).sum(), count(findings, 1));
        List<String> firstErrors = new ArrayList<>();
        findings.stream().map(JsonObject.class::cast)
                .filter(finding -> finding.getInteger("severity") == 0).limit(20)
                .forEach(finding -> firstErrors.add(finding.getString("code") + " at " + finding.getJsonArray("path").encode()
                        + ": " + finding.getString("message")));
        assertEquals(Map.of(), errors, "Spectral errors by rule; the first:\n" + String.join("\n", firstErrors));
    }

    @Test
    void redoclyRecommendedRulesPass() throws Exception {
        JsonObject report = new JsonObject(run("redocly", "lint", "--format", "json", "--config", "redocly.yaml", DOCUMENT.toString()));
        JsonObject totals = report.getJsonObject("totals");
        System.out.printf("Redocly (recommended): %d errors, %d warnings%n", totals.getInteger("errors"), totals.getInteger("warnings"));
        String errors = report.getJsonArray("problems").stream().map(JsonObject.class::cast)
                .filter(problem -> "error".equals(problem.getString("severity")))
                .limit(20)
                .map(problem -> problem.getString("ruleId") + ": " + problem.getString("message") + " at "
                        + problem.getJsonArray("location", new JsonArray()).stream().map(JsonObject.class::cast)
                                .map(location -> location.getString("pointer")).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertEquals(0, totals.getInteger("errors"), "Redocly errors; the first:\n" + errors);
    }

    private static Map<String, Long> count(JsonArray findings, int severity) {
        return findings.stream().map(JsonObject.class::cast).filter(finding -> finding.getInteger("severity") == severity)
                .collect(Collectors.groupingBy(finding -> finding.getString("code"), TreeMap::new, Collectors.counting()));
    }

    /** Runs a linter installed by the build's {@code npm ci} and returns what it printed; its exit code is the report's business. */
    private static String run(String... command) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(DOCUMENT), "The build writes " + DOCUMENT + " before the tests");
        List<String> line = new ArrayList<>(List.of("npx", "--no-install"));
        line.addAll(List.of(command));
        Path output = Files.createTempFile("lint", ".json");
        try {
            Process process = new ProcessBuilder(line).redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " did not finish in 5 minutes");
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            int start = printed.indexOf(printed.trim().startsWith("[") ? '[' : '{');
            assertTrue(start >= 0, String.join(" ", command) + " printed no JSON (exit " + process.exitValue() + "): " + printed);
            return printed.substring(start);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
