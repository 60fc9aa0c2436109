package dev.helhet.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the chart ships for monitoring can be acted on: every alert links to a runbook that exists, every Helhet metric an
 * alert or a dashboard reads is one the code makes, and the scrape finds the components.
 */
class MonitoringTest {

    private static final Path ROOT = Charts.CHART.toAbsolutePath().getParent().getParent();
    private static final Pattern HELHET_METRIC = Pattern.compile("helhet_[a-z_]+");

    @Test
    void everyAlertHasARunbookAndReadsAMetricTheCodeMakes() throws IOException {
        List<JsonNode> manifests = Charts.render(Charts.valueSet("external-operators"));
        JsonNode rules = Charts.named(manifests, "PrometheusRule", "helhet-helhet").at("/spec/groups/0/rules");
        assertEquals("kube-prometheus-stack", Charts.named(manifests, "PrometheusRule", "helhet-helhet").at("/metadata/labels/release").asText());
        String operations = Files.readString(ROOT.resolve("docs/operations.md"));
        List<String> expressions = new ArrayList<>();
        assertTrue(rules.size() >= 8, rules.toString());
        for (JsonNode rule : rules) {
            String alert = rule.path("alert").asText();
            String runbook = rule.at("/annotations/runbook_url").asText();
            assertTrue(runbook.endsWith("docs/operations.md#" + alert.toLowerCase()), alert + ": " + runbook);
            assertTrue(operations.contains("\n### " + alert + "\n"), alert + " has no runbook section in docs/operations.md");
            String expr = rule.path("expr").asText();
            assertFalse(expr.contains("RELEASE"), expr);
            assertTrue(expr.contains("job=~\"helhet-"), alert + " reads this release's jobs only: " + expr);
            assertFalse(rule.at("/labels/severity").asText().isEmpty(), alert);
            expressions.add(expr);
        }
        assertMadeByTheCode(expressions);
    }

    @Test
    void theDashboardsReadMetricsTheCodeMakes() throws IOException {
        JsonNode dashboards = Charts.named(Charts.render(Charts.valueSet("external-operators")), "ConfigMap", "helhet-helhet-dashboards");
        assertEquals("1", dashboards.at("/metadata/labels/grafana_dashboard").asText(), "Grafana's sidecar finds it");
        List<String> expressions = new ArrayList<>();
        dashboards.path("data").fields().forEachRemaining(file -> {
            try {
                JsonNode dashboard = new ObjectMapper().readTree(file.getValue().asText());
                assertFalse(dashboard.path("panels").isEmpty(), file.getKey());
                dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText())));
            } catch (IOException e) {
                throw new AssertionError(file.getKey() + " is not JSON", e);
            }
        });
        assertTrue(expressions.size() >= 10, expressions.toString());
        assertMadeByTheCode(expressions);
    }

    @Test
    void theScrapeFindsEveryComponentAndNothingShipsUnasked() throws IOException {
        List<JsonNode> manifests = Charts.render(Charts.valueSet("external-operators"));
        JsonNode monitor = Charts.named(manifests, "ServiceMonitor", "helhet-helhet");
        assertEquals("/q/metrics", monitor.at("/spec/endpoints/0/path").asText());
        JsonNode selector = monitor.at("/spec/selector/matchLabels");
        for (JsonNode service : Charts.ofKind(manifests, "Service")) {
            selector.fields().forEachRemaining(label -> assertEquals(label.getValue().asText(),
                    service.at("/metadata/labels").path(label.getKey()).asText(), service.at("/metadata/name").asText()));
            assertEquals(monitor.at("/spec/endpoints/0/port").asText(), service.at("/spec/ports/0/name").asText());
        }
        Set<String> kinds = new TreeSet<>();
        Charts.render(Charts.valueSet("minimal")).forEach(manifest -> kinds.add(manifest.path("kind").asText()));
        assertFalse(kinds.contains("ServiceMonitor") || kinds.contains("PrometheusRule") || kinds.contains("ConfigMap"),
                "a cluster without the Prometheus operator gets none of its resources: " + kinds);
    }

    /** Each helhet_ metric is registered by name in the code (Micrometer's dotted name, before Prometheus' suffixes). */
    private static void assertMadeByTheCode(List<String> expressions) throws IOException {
        String code = sources();
        Set<String> metrics = new TreeSet<>();
        for (String expression : expressions) {
            Matcher matcher = HELHET_METRIC.matcher(expression);
            while (matcher.find()) {
                metrics.add(matcher.group());
            }
        }
        assertFalse(metrics.isEmpty());
        for (String metric : metrics) {
            String dotted = metric.replaceAll("_(total|seconds)$", "").replace('_', '.');
            assertTrue(code.contains("\"" + dotted + "\""), metric + " is read by an alert or a dashboard, but no code registers " + dotted);
        }
    }

    private static String sources() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String module : List.of("services", "gateway")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module))) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java") && path.toString().contains("/src/main/")).toList()) {
                    all.append(Files.readString(file));
                }
            }
        }
        return all.toString();
    }
}
