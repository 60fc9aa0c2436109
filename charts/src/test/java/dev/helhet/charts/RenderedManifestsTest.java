package dev.helhet.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every value set renders into target/rendered/&lt;set&gt;/ (one file per object, for an operator to read or diff), and every
 * object there is valid by the Kubernetes API's schema.
 */
class RenderedManifestsTest {

    private static final Path RENDERED = Path.of(System.getProperty("helhet.rendered", "target/rendered"));

    @TestFactory
    Stream<DynamicTest> everyValueSetRendersValidKubernetesObjects() throws IOException {
        List<Path> sets = Charts.valueSets();
        assertTrue(sets.size() >= 3, "minimal, production and external-operators at least: " + sets);
        return sets.stream().map(values -> DynamicTest.dynamicTest(Charts.setName(values), () -> {
            String text = Charts.renderText(values);
            List<JsonNode> manifests = Charts.parse(text);
            Path folder = RENDERED.resolve(Charts.setName(values));
            write(folder, text, manifests);

            List<String> problems = new ArrayList<>();
            Map<String, Integer> kinds = new TreeMap<>();
            for (JsonNode manifest : manifests) {
                kinds.merge(manifest.path("kind").asText(), 1, Integer::sum);
                String problem = KubernetesSchema.problem(manifest);
                if (problem != null) {
                    problems.add(problem);
                }
            }
            assertEquals(List.of(), problems, "objects the Kubernetes API would refuse");
            System.out.printf("%s: %d objects valid by the Kubernetes 1.32 schema %s, in %s%n", Charts.setName(values), manifests.size(),
                    kinds, folder);
        }));
    }

    @Test
    void theSchemaCheckRefusesWhatTheApiWouldRefuse() throws IOException {
        JsonNode deployment = Charts.ofKind(Charts.render(Charts.CHART.resolve("ci/minimal-values.yaml")), "Deployment").get(0);
        assertNull(KubernetesSchema.problem(deployment));

        ObjectNode misspelt = deployment.deepCopy();
        ((ObjectNode) misspelt.get("spec")).put("replica", 2);
        assertTrue(String.valueOf(KubernetesSchema.problem(misspelt)).contains("replica"), "an unknown field");

        ObjectNode nameless = deployment.deepCopy();
        ((ObjectNode) nameless.at("/spec/template/spec/containers/0")).remove("name");
        assertNotNull(KubernetesSchema.problem(nameless), "a container without its required name");

        ObjectNode wrongType = deployment.deepCopy();
        ((ObjectNode) wrongType.at("/spec/template/spec/containers/0")).put("env", "QUARKUS_HTTP_PORT=8080");
        assertNotNull(KubernetesSchema.problem(wrongType), "a string where the API wants a list");

        ObjectNode unknownKind = deployment.deepCopy();
        unknownKind.put("kind", "Deploymnet");
        assertTrue(String.valueOf(KubernetesSchema.problem(unknownKind)).contains("not a kind"));
    }

    private static void write(Path folder, String text, List<JsonNode> manifests) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> old = Files.list(folder)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("all.yaml"), text);
        // Each object as helm printed it, under <kind>-<name>.yaml.
        for (String document : text.split("(?m)^---\\s*$")) {
            List<JsonNode> parsed = Charts.parse(document);
            if (!parsed.isEmpty()) {
                JsonNode manifest = parsed.get(0);
                String file = (manifest.path("kind").asText() + "-" + manifest.at("/metadata/name").asText()).toLowerCase() + ".yaml";
                Files.writeString(folder.resolve(file), "---" + document);
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(manifests.size() + 1, files.count(), "one file per object, and all.yaml");
        }
    }
}
