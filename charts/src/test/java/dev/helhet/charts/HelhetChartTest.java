package dev.helhet.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chart passes `helm lint --strict`, renders with every CI value set, and keeps secure pod defaults. */
class HelhetChartTest {

    private static final Path CHART = Path.of(System.getProperty("helhet.chart", "helhet"));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void lintsCleanInStrictMode() throws IOException {
        Path values = CHART.resolve("ci/minimal-values.yaml");
        // helm-java's lint takes no values file; lint a copy whose defaults are the minimal values.
        Path copy = copyChartWithValues(values);
        LintResult lint = new Helm(copy).lint().strict().call();
        // helm-java reports some findings (e.g. a failed `required`) only as messages: read them all.
        assertFalse(lint.isFailed(), String.join("\n", lint.getMessages()));
        assertTrue(lint.getMessages().stream().noneMatch(message -> message.contains("[ERROR]") || message.contains("[WARNING]")),
                String.join("\n", lint.getMessages()));
    }

    @TestFactory
    Stream<DynamicTest> rendersEveryValueSetWithSecureDefaults() throws IOException {
        try (Stream<Path> files = Files.list(CHART.resolve("ci"))) {
            return files.sorted().toList().stream().map(values -> DynamicTest.dynamicTest(values.getFileName().toString(), () -> {
                List<JsonNode> manifests = render(values);
                List<JsonNode> deployments = manifests.stream().filter(m -> m.path("kind").asText().equals("Deployment")).toList();
                assertEquals(7, deployments.size(), "six services and the gateway");
                assertEquals(7, manifests.stream().filter(m -> m.path("kind").asText().equals("Service")).count());
                for (JsonNode deployment : deployments) {
                    String name = deployment.at("/metadata/name").asText();
                    JsonNode pod = deployment.at("/spec/template/spec");
                    JsonNode container = pod.at("/containers/0");
                    assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), name + " runs as non-root");
                    assertFalse(pod.at("/automountServiceAccountToken").asBoolean(true), name + " mounts no API token");
                    assertTrue(container.at("/securityContext/readOnlyRootFilesystem").asBoolean(), name + " has a read-only root");
                    assertFalse(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true), name);
                    assertEquals("ALL", container.at("/securityContext/capabilities/drop/0").asText(), name);
                    assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText(), name);
                    assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText(), name);
                    assertFalse(container.at("/resources/limits/memory").isMissingNode(), name + " has a memory limit");
                }
                String rendered = manifests.toString();
                assertFalse(rendered.contains("helhet-cli"), "the dev-only CLI client never reaches a cluster");
                assertFalse(rendered.contains("demo-partner-secret"), "no demo secret in the chart");
                assertFalse(rendered.contains("nrBm5XECbLKvltoyXErL0LOpHeiKBJnDmB4ooW1ytJE="), "no local webhook key in the chart");
                JsonNode notifications = deployments.stream().filter(d -> d.at("/metadata/name").asText().endsWith("-notifications"))
                        .findFirst().orElseThrow().at("/spec/template/spec/containers/0/env");
                JsonNode signingKey = java.util.stream.StreamSupport.stream(notifications.spliterator(), false)
                        .filter(env -> env.path("name").asText().equals("HELHET_NOTIFICATIONS_SECRET_KEY")).findFirst().orElseThrow();
                assertTrue(signingKey.at("/valueFrom/secretKeyRef/name").asText().endsWith("-notifications-signing"),
                        "the webhook secrets' key comes from a Secret: " + signingKey);
            }));
        }
    }

    @Test
    void theGatewayKnowsEveryService() throws IOException {
        JsonNode gateway = render(CHART.resolve("ci/minimal-values.yaml")).stream()
                .filter(m -> m.path("kind").asText().equals("Deployment") && m.at("/metadata/name").asText().endsWith("-gateway"))
                .findFirst().orElseThrow();
        String env = gateway.at("/spec/template/spec/containers/0/env").toString();
        for (String service : List.of("PARTICIPANTS", "COORDINATORS", "AGREEMENTS", "REFERRALS", "STATISTICS", "NOTIFICATIONS")) {
            assertTrue(env.contains("HELHET_GATEWAY_UPSTREAM_" + service), service);
        }
        assertTrue(env.contains("QUARKUS_OIDC_AUTHENTICATION_COOKIE_FORCE_SECURE"), "session cookies are Secure behind TLS");
        assertTrue(env.contains("helhet-gateway-oidc"), "the client secret comes from a Secret");
        assertTrue(env.contains("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES") && env.contains("10.0.0.0/8"),
                "only the ingress may say who the client is");
        assertTrue(env.contains("HELHET_GATEWAY_PUBLIC_API_ENVIRONMENT") && env.contains("production"),
                "partners' document names the deployment");
    }

    @Test
    void onlyTheGatewayReachesTheServices() throws IOException {
        List<JsonNode> policies = render(CHART.resolve("ci/production-values.yaml")).stream()
                .filter(m -> m.path("kind").asText().equals("NetworkPolicy")).toList();
        assertEquals(6, policies.size(), "one per service; the gateway is the entry");
        for (JsonNode policy : policies) {
            String service = policy.at("/spec/podSelector/matchLabels/app.kubernetes.io~1name").asText();
            List<String> admitted = new ArrayList<>();
            policy.at("/spec/ingress/0/from").forEach(peer -> admitted.add(
                    peer.has("podSelector") ? peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText() : "namespace:"
                            + peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText()));
            List<String> expected = new ArrayList<>(List.of("gateway"));
            if (service.equals("participants")) {
                // The person's own views (team, plan, meetings, referrals) ask participants which registration signed in.
                expected.add("coordinators");
                expected.add("agreements");
                expected.add("referrals");
            }
            expected.add("namespace:monitoring");
            assertEquals(expected, admitted, service);
            assertEquals(List.of("Ingress"), YAML.convertValue(policy.at("/spec/policyTypes"), List.class), service);
        }
    }

    @Test
    void theJvmGetsOnlyFlagsItsJdkKnows() throws IOException {
        assertEquals(Set.of(false), javaOptions("ci/minimal-values.yaml").map(o -> o.contains("unsafe-memory-access")).collect(toSet()),
                "a JDK 21 image refuses to start with --sun-misc-unsafe-memory-access");
        assertEquals(Set.of(true), javaOptions("ci/production-values.yaml").map(o -> o.contains("--sun-misc-unsafe-memory-access=allow")).collect(toSet()),
                "javaRelease 25: Netty may use Unsafe without warnings");
    }

    private static Stream<String> javaOptions(String values) throws IOException {
        List<String> options = new ArrayList<>();
        for (JsonNode manifest : render(CHART.resolve(values))) {
            if (manifest.path("kind").asText().equals("Deployment")) {
                manifest.at("/spec/template/spec/containers/0/env").forEach(variable -> {
                    if (variable.path("name").asText().equals("JAVA_OPTS_APPEND")) {
                        options.add(variable.path("value").asText());
                    }
                });
            }
        }
        assertEquals(7, options.size(), "every deployment names its JVM flags");
        return options.stream();
    }

    @Test
    void refusesToRenderWithoutTheRequiredValues() {
        Exception missing = assertThrows(Exception.class, () -> new Helm(CHART).template().withName("helhet").call());
        assertTrue(missing.getMessage().contains("is required"), missing.getMessage());
    }

    @Test
    void aMisspeltValueFailsInsteadOfBeingIgnored() throws IOException {
        String minimal = Files.readString(CHART.resolve("ci/minimal-values.yaml"));
        for (String typo : List.of("gatway:\n  replicas: 3\n", "services:\n  notifcations:\n    replicas: 1\n",
                "postgres:\n  host: helhet-postgres\n  sslmode: verify-full\n", "podSecurityContext:\n  runAsNonroot: true\n",
                "tracing:\n  sampler: sometimes\n")) {
            Path values = Files.createTempFile("typo-values", ".yaml");
            // The typo's key last, so it is the one Helm reads (a later key of the same name wins in YAML).
            Files.writeString(values, minimal.replace("postgres:\n  host: helhet-postgres\n", "") + typo
                    + (typo.startsWith("postgres") ? "" : "postgres:\n  host: helhet-postgres\n"));
            Exception refused = assertThrows(Exception.class, () -> render(values), typo);
            assertTrue(refused.getMessage().contains("values don't meet the specifications of the schema"), refused.getMessage());
        }
    }

    private static List<JsonNode> render(Path values) throws IOException {
        String yaml = new Helm(CHART).template().withName("helhet").withNamespace("helhet").withValuesFile(values).call();
        List<JsonNode> manifests = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(yaml)) {
            var documents = YAML.readValues(parser, JsonNode.class);
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isEmpty()) {
                    manifests.add(document);
                }
            }
        }
        return manifests;
    }

    private static Path copyChartWithValues(Path values) throws IOException {
        Path target = Files.createTempDirectory("helhet-chart").resolve("helhet");
        try (Stream<Path> paths = Files.walk(CHART)) {
            for (Path source : paths.toList()) {
                Path destination = target.resolve(CHART.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
        }
        JsonNode defaults = YAML.readTree(target.resolve("values.yaml").toFile());
        JsonNode overrides = YAML.readTree(values.toFile());
        YAML.readerForUpdating(defaults).readValue(overrides);
        Files.writeString(target.resolve("values.yaml"), YAML.writeValueAsString(defaults));
        return target;
    }
}
