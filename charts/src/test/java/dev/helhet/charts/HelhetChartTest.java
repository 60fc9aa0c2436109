package dev.helhet.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
        {
            return Charts.valueSets().stream().map(values -> DynamicTest.dynamicTest(values.getFileName().toString(), () -> {
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
                    assertEquals("helhet-helhet", pod.at("/serviceAccountName").asText(), name + " runs as the platform's account");
                }
                for (JsonNode job : Charts.ofKind(manifests, "Job")) {
                    String name = job.at("/metadata/name").asText();
                    JsonNode pod = job.at("/spec/template/spec");
                    assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), name + " runs as non-root");
                    assertFalse(pod.at("/automountServiceAccountToken").asBoolean(true), name + " mounts no API token");
                    assertTrue(pod.at("/containers/0/securityContext/readOnlyRootFilesystem").asBoolean(), name + " has a read-only root");
                    assertEquals("Never", pod.at("/restartPolicy").asText(), name);
                }
                JsonNode account = Charts.named(manifests, "ServiceAccount", "helhet-helhet");
                assertFalse(account.at("/automountServiceAccountToken").asBoolean(true), "the account's token is never mounted");
                String rendered = manifests.toString();
                assertFalse(rendered.contains("helhet-cli"), "the dev-only CLI client never reaches a cluster");
                assertFalse(rendered.contains("demo-partner-secret"), "no demo secret in the chart");
                for (String published : List.of("nrBm5XECbLKvltoyXErL0LOpHeiKBJnDmB4ooW1ytJE=", "NgOD+RCrz7P/UXgVzC459WGcwpOiETRsXbL6iSEKOoc=",
                        "h+voddI+Xr2X0WU4HMNt+ddGiiUYeTXpkL30zmgPX0E=", "zPJXNf6lpf7zmHEsr4qa/gU4LifRnTqY2Cxsxa9bRlU=", "dev-secret", "dev-2026")) {
                    assertFalse(rendered.contains(published), "no key or secret published in the repository reaches a cluster: " + published);
                }
                JsonNode notifications = deployments.stream().filter(d -> d.at("/metadata/name").asText().endsWith("-notifications"))
                        .findFirst().orElseThrow().at("/spec/template/spec/containers/0/env");
                JsonNode signingKey = java.util.stream.StreamSupport.stream(notifications.spliterator(), false)
                        .filter(env -> env.path("name").asText().equals("HELHET_NOTIFICATIONS_SECRET_KEY")).findFirst().orElseThrow();
                assertFalse(signingKey.at("/valueFrom/secretKeyRef/name").asText().isEmpty(), "the webhook secrets' key comes from a Secret: " + signingKey);
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
                .filter(m -> m.path("kind").asText().equals("NetworkPolicy") && !m.at("/metadata/name").asText().endsWith("-egress")).toList();
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
        assertEquals(Set.of(true), javaOptions("ci/production-values.yaml", java.util.Map.of("image.javaRelease", 25))
                        .map(o -> o.contains("--sun-misc-unsafe-memory-access=allow")).collect(toSet()),
                "javaRelease 25: Netty may use Unsafe without warnings");
    }

    private static Stream<String> javaOptions(String values) throws IOException {
        return javaOptions(values, java.util.Map.of());
    }

    private static Stream<String> javaOptions(String values, java.util.Map<String, Object> settings) throws IOException {
        List<String> options = new ArrayList<>();
        for (JsonNode manifest : Charts.render(CHART.resolve(values), settings)) {
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
                "tracing:\n  sampler: sometimes\n", "ingress:\n  tlsSecrets: helhet-tls\n", "secrets:\n  nationalID:\n    existingSecret: keys\n",
                "kafka:\n  bootstrapServers: kafka:9092\n  topics:\n    create: operator\n", "autoscaling:\n  maxReplica: 4\n")) {
            Path values = Files.createTempFile("typo-values", ".yaml");
            // The typo replaces the minimal set's block of the same top-level key, so that is the one Helm reads.
            String key = typo.substring(0, typo.indexOf(':'));
            Files.writeString(values, minimal.replaceAll("(?m)^" + key + ":\n(  .*\n)*", "") + typo);
            Exception refused = assertThrows(Exception.class, () -> render(values), typo);
            assertTrue(refused.getMessage().contains("values don't meet the specifications of the schema"), refused.getMessage());
        }
    }

    @Test
    void everySecretThePlatformNeedsIsWired() throws IOException {
        List<JsonNode> minimal = render(Charts.valueSet("minimal"));
        for (JsonNode deployment : Charts.ofKind(minimal, "Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            if (!name.endsWith("-gateway")) {
                assertEquals("helhet-idempotency", Charts.env(deployment, "HELHET_IDEMPOTENCY_FINGERPRINT_KEY").at("/valueFrom/secretKeyRef/name").asText(), name);
                assertEquals(name + "-db", Charts.env(deployment, "QUARKUS_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name").asText(), name);
            }
        }
        JsonNode participants = Charts.named(minimal, "Deployment", "helhet-participants");
        for (String variable : List.of("HELHET_NATIONAL_ID_KEYRING", "HELHET_NATIONAL_ID_ACTIVE_KEY", "HELHET_NATIONAL_ID_LOOKUP_KEY")) {
            assertEquals("helhet-participants-national-id", Charts.env(participants, variable).at("/valueFrom/secretKeyRef/name").asText(), variable);
        }
        JsonNode coordinators = Charts.named(minimal, "Deployment", "helhet-coordinators");
        assertEquals("https://sso.region.example", Charts.env(coordinators, "HELHET_KEYCLOAK_URL").path("value").asText(), "the issuer's server");
        assertEquals("helhet", Charts.env(coordinators, "HELHET_KEYCLOAK_REALM").path("value").asText());
        assertEquals("helhet-coordinators", Charts.env(coordinators, "HELHET_KEYCLOAK_ADMIN_CLIENT_ID").path("value").asText());
        assertEquals("helhet-coordinators-keycloak-admin",
                Charts.env(coordinators, "HELHET_KEYCLOAK_ADMIN_CLIENT_SECRET").at("/valueFrom/secretKeyRef/name").asText());

        List<JsonNode> operators = render(Charts.valueSet("external-operators"));
        JsonNode participantsThere = Charts.named(operators, "Deployment", "helhet-participants");
        assertEquals("helhet-keys", Charts.env(participantsThere, "HELHET_NATIONAL_ID_KEYRING").at("/valueFrom/secretKeyRef/name").asText(),
                "an existing Secret by name");
        assertEquals("helhet-pg-participants", Charts.env(participantsThere, "QUARKUS_DATASOURCE_USERNAME").at("/valueFrom/secretKeyRef/name").asText());
        assertTrue(Charts.env(participantsThere, "QUARKUS_DATASOURCE_JDBC_URL").path("value").asText()
                .endsWith("sslmode=verify-full&sslrootcert=/etc/helhet/postgres-ca/ca.crt"), "the JDBC driver checks the region's CA");
        assertEquals("/etc/helhet/postgres-ca/ca.crt",
                Charts.env(participantsThere, "QUARKUS_DATASOURCE_REACTIVE_TRUST_CERTIFICATE_PEM_CERTS").path("value").asText(), "so does the reactive client");
        assertEquals("SASL_SSL", Charts.env(participantsThere, "KAFKA_SECURITY_PROTOCOL").path("value").asText(), "extra env reaches the services");
        assertTrue(participantsThere.at("/spec/template/spec/volumes").toString().contains("helhet-cluster-ca-cert"), "and extra volumes");
        assertEquals("http://keycloak-service.keycloak:8080",
                Charts.env(Charts.named(operators, "Deployment", "helhet-coordinators"), "HELHET_KEYCLOAK_URL").path("value").asText());
    }

    @Test
    void migrationsRunOncePerReleaseNotInEveryReplica() throws IOException {
        List<JsonNode> manifests = render(Charts.valueSet("minimal"));
        for (String service : List.of("participants", "coordinators", "agreements", "referrals", "statistics", "notifications")) {
            JsonNode job = Charts.named(manifests, "Job", "helhet-" + service + "-migrate");
            JsonNode deployment = Charts.named(manifests, "Deployment", "helhet-" + service);
            assertEquals("pre-install,pre-upgrade", job.at("/metadata/annotations/helm.sh~1hook").asText(), service);
            assertEquals(deployment.at("/spec/template/spec/containers/0/image"), job.at("/spec/template/spec/containers/0/image"),
                    "the Job runs the release's own image and migrations");
            assertTrue(job.at("/spec/template/spec/containers/0/command").toString().contains("dev.helhet.common.migration.MigrateAndExit"));
            assertEquals(Charts.env(deployment, "QUARKUS_DATASOURCE_JDBC_URL"), Charts.env(job, "QUARKUS_DATASOURCE_JDBC_URL"), "the same database");
            assertEquals("false", Charts.env(deployment, "QUARKUS_FLYWAY_MIGRATE_AT_START").path("value").asText(), service);
            assertEquals("true", Charts.env(deployment, "QUARKUS_FLYWAY_VALIDATE_AT_START").path("value").asText(),
                    service + " refuses to start on a schema the Job has not brought up to date");
        }
        List<JsonNode> inPods = Charts.render(Charts.valueSet("minimal"), java.util.Map.of("migrations.job", false));
        assertEquals(List.of(), Charts.ofKind(inPods, "Job").stream().filter(job -> job.at("/metadata/name").asText().endsWith("-migrate")).toList());
        assertTrue(Charts.env(Charts.named(inPods, "Deployment", "helhet-participants"), "QUARKUS_FLYWAY_MIGRATE_AT_START").isMissingNode(),
                "without the Job each replica migrates at start");
    }

    @Test
    void theTopicsOfTheCatalogueAreCreatedBeforeAnythingStarts() throws IOException {
        List<String> expected = new ArrayList<>();
        dev.helhet.contracts.Topics.ALL.forEach(topic -> {
            expected.add(topic.name());
            expected.add(topic.deadLetterTopic());
        });
        JsonNode job = Charts.named(render(Charts.valueSet("minimal")), "Job", "helhet-topics");
        assertTrue(job.at("/metadata/annotations/helm.sh~1hook-weight").asInt() < 0, "before the migrations (weight 0)");
        String script = job.at("/spec/template/spec/containers/0/args/0").asText();
        for (String topic : expected) {
            assertTrue(script.contains("--topic " + topic + " "), topic);
        }
        assertTrue(script.contains("--topic participants.participant.v1 --partitions 6 --config retention.ms=-1"),
                "a topic a read model is rebuilt from keeps every event");
        assertTrue(script.contains("--if-not-exists --replication-factor 3"), script);

        List<JsonNode> topics = Charts.ofKind(render(Charts.valueSet("external-operators")), "KafkaTopic");
        assertEquals(expected, topics.stream().map(topic -> topic.at("/spec/topicName").asText()).toList());
        for (JsonNode topic : topics) {
            assertEquals("helhet", topic.at("/metadata/labels/strimzi.io~1cluster").asText());
            assertEquals("keep", topic.at("/metadata/annotations/helm.sh~1resource-policy").asText(), "uninstalling keeps the events");
            assertEquals(6, topic.at("/spec/partitions").asInt());
            assertEquals(3, topic.at("/spec/replicas").asInt());
        }
        assertEquals(List.of(), Charts.ofKind(Charts.render(Charts.valueSet("minimal"), java.util.Map.of("kafka.topics.create", "none")), "Job")
                .stream().filter(j -> j.at("/metadata/name").asText().equals("helhet-topics")).toList());
    }

    @Test
    void aVerifiedDatabaseConnectionHasItsCaAndChecksTheServersName() throws IOException {
        List<JsonNode> production = render(Charts.valueSet("production"));
        for (String name : List.of("helhet-participants", "helhet-participants-migrate")) {
            JsonNode workload = Charts.named(production, name.endsWith("-migrate") ? "Job" : "Deployment", name);
            assertTrue(Charts.env(workload, "QUARKUS_DATASOURCE_JDBC_URL").path("value").asText()
                    .endsWith("sslmode=verify-full&sslrootcert=/etc/helhet/region-ca/ca.crt"), name);
            assertEquals("/etc/helhet/region-ca/ca.crt", Charts.env(workload, "QUARKUS_DATASOURCE_REACTIVE_TRUST_CERTIFICATE_PEM_CERTS").path("value").asText(), name);
            assertEquals("HTTPS", Charts.env(workload, "QUARKUS_DATASOURCE_REACTIVE_HOSTNAME_VERIFICATION_ALGORITHM").path("value").asText(),
                    name + ": without it the reactive client refuses verify-full");
        }
        assertTrue(Charts.env(Charts.named(render(Charts.valueSet("minimal")), "Deployment", "helhet-participants"),
                "QUARKUS_DATASOURCE_REACTIVE_HOSTNAME_VERIFICATION_ALGORITHM").isMissingNode(), "sslMode require checks no name");
        for (String mode : List.of("verify-ca", "verify-full")) {
            Exception refused = assertThrows(Exception.class,
                    () -> Charts.render(Charts.valueSet("minimal"), java.util.Map.of("postgres.sslMode", mode)), mode);
            assertTrue(refused.getMessage().contains("caFile"), refused.getMessage());
        }
    }

    @Test
    void theGatewayKeepsItsSessionsInItsOwnDatabase() throws IOException {
        JsonNode gateway = Charts.named(render(Charts.valueSet("external-operators")), "Deployment", "helhet-gateway");
        assertEquals("postgresql://helhet-pg-rw.databases:5432/gateway?sslmode=verify-full",
                Charts.env(gateway, "QUARKUS_DATASOURCE_REACTIVE_URL").path("value").asText());
        assertEquals("helhet-pg-gateway", Charts.env(gateway, "QUARKUS_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name").asText());
        assertTrue(Charts.env(gateway, "QUARKUS_FLYWAY_MIGRATE_AT_START").isMissingNode(), "its one table migrates at start");
        JsonNode minimal = Charts.named(render(Charts.valueSet("minimal")), "Deployment", "helhet-gateway");
        assertEquals("helhet-gateway-db", Charts.env(minimal, "QUARKUS_DATASOURCE_USERNAME").at("/valueFrom/secretKeyRef/name").asText());
    }

    @Test
    void theHeapLeavesRoomForTheRestOfTheJvm() throws IOException {
        for (JsonNode deployment : Charts.ofKind(render(Charts.valueSet("minimal")), "Deployment")) {
            assertEquals("50", Charts.env(deployment, "JAVA_MAX_MEM_RATIO").path("value").asText(), deployment.at("/metadata/name").asText());
            assertEquals("512Mi", deployment.at("/spec/template/spec/containers/0/resources/limits/memory").asText());
        }
    }

    @Test
    void strimziTopicsGoWhereTheTopicOperatorWatchesAndTheJobSeesTheClustersCa() throws IOException {
        for (JsonNode topic : Charts.ofKind(render(Charts.valueSet("external-operators")), "KafkaTopic")) {
            assertEquals("kafka", topic.at("/metadata/namespace").asText(), topic.at("/metadata/name").asText());
        }
        JsonNode job = Charts.named(Charts.render(Charts.valueSet("external-operators"), java.util.Map.of("kafka.topics.create", "job")),
                "Job", "helhet-topics");
        assertTrue(job.at("/spec/template/spec/containers/0/volumeMounts").toString().contains("/etc/helhet/kafka-ca"),
                "the trust store a TLS listener's client.properties names");
        assertTrue(job.at("/spec/template/spec/volumes").toString().contains("helhet-cluster-ca-cert"));
    }

    @Test
    void theWayInIsAlwaysTls() throws IOException {
        List<JsonNode> production = render(Charts.valueSet("production"));
        JsonNode ingress = Charts.named(production, "Ingress", "helhet-gateway");
        assertEquals("helhet.region.example", ingress.at("/spec/tls/0/hosts/0").asText());
        assertEquals("helhet-region-example-tls", ingress.at("/spec/tls/0/secretName").asText());
        assertEquals("helhet-gateway", ingress.at("/spec/rules/0/http/paths/0/backend/service/name").asText());
        assertEquals("ClusterIP", Charts.named(production, "Service", "helhet-gateway").at("/spec/type").asText(),
                "no load balancer in front of plain HTTP");
        Exception refused = assertThrows(Exception.class,
                () -> Charts.render(Charts.valueSet("production"), java.util.Map.of("ingress.tlsSecret", "")));
        assertTrue(refused.getMessage().contains("always TLS"), refused.getMessage());
    }

    @Test
    void eachPodReachesOnlyWhatItNeeds() throws IOException {
        List<JsonNode> egress = render(Charts.valueSet("production")).stream()
                .filter(m -> m.at("/metadata/name").asText().endsWith("-egress")).toList();
        assertEquals(7, egress.size(), "the six services and the gateway");
        for (JsonNode policy : egress) {
            String name = policy.at("/metadata/name").asText().replace("helhet-", "").replace("-egress", "");
            String rules = policy.at("/spec/egress").toString();
            assertEquals(List.of("Egress"), Charts.YAML.convertValue(policy.at("/spec/policyTypes"), List.class), name);
            assertTrue(rules.contains("\"port\":53"), name + " resolves names");
            assertTrue(rules.contains("10.20.1.0/24"), name + " reaches Keycloak");
            assertTrue(rules.contains("10.20.0.0/24"), name + " reaches PostgreSQL (the gateway its sessions' database)");
            assertEquals(!name.equals("gateway"), rules.contains("\"port\":9093"), name + ": only the services reach Kafka");
            assertEquals(name.equals("notifications"), rules.contains("0.0.0.0/0"), name + ": only notifications reaches the internet");
            assertEquals(List.of("coordinators", "agreements", "referrals", "gateway").contains(name), rules.contains("\"app.kubernetes.io/name\":\"participants\""),
                    name + ": who asks participants");
        }
        JsonNode internet = egress.stream().filter(p -> p.at("/metadata/name").asText().equals("helhet-notifications-egress")).findFirst().orElseThrow();
        String blocked = internet.at("/spec/egress").toString();
        for (String privateRange : List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "fc00::/7")) {
            assertTrue(blocked.contains(privateRange), "webhooks never reach " + privateRange);
        }
        Exception refused = assertThrows(Exception.class,
                () -> Charts.render(Charts.valueSet("production"), java.util.Map.of("networkPolicy.egress.kafka", "null")));
        assertTrue(refused.getMessage().contains("needs postgres, kafka and keycloak"), refused.getMessage());
    }

    @Test
    void replicasScaleAndSurviveADrain() throws IOException {
        List<JsonNode> minimal = render(Charts.valueSet("minimal"));
        assertEquals(List.of(), Charts.ofKind(minimal, "HorizontalPodAutoscaler"));
        assertEquals(Set.of("helhet-participants", "helhet-coordinators", "helhet-agreements", "helhet-referrals", "helhet-gateway"),
                Charts.ofKind(minimal, "PodDisruptionBudget").stream().map(p -> p.at("/metadata/name").asText()).collect(toSet()),
                "a budget where there is a replica to spare");
        JsonNode spread = Charts.named(minimal, "Deployment", "helhet-participants").at("/spec/template/spec/topologySpreadConstraints");
        assertEquals(Set.of("kubernetes.io/hostname", "topology.kubernetes.io/zone"),
                java.util.stream.StreamSupport.stream(spread.spliterator(), false).map(c -> c.path("topologyKey").asText()).collect(toSet()));

        List<JsonNode> operators = render(Charts.valueSet("external-operators"));
        List<JsonNode> autoscalers = Charts.ofKind(operators, "HorizontalPodAutoscaler");
        assertEquals(7, autoscalers.size());
        JsonNode participants = Charts.named(operators, "HorizontalPodAutoscaler", "helhet-participants");
        assertEquals(2, participants.at("/spec/minReplicas").asInt());
        assertEquals(6, participants.at("/spec/maxReplicas").asInt());
        for (JsonNode deployment : Charts.ofKind(operators, "Deployment")) {
            assertTrue(deployment.at("/spec/replicas").isMissingNode(), "the autoscaler owns the replica count, not each upgrade");
        }
    }

    private static List<JsonNode> render(Path values) throws IOException {
        return Charts.render(values);
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
