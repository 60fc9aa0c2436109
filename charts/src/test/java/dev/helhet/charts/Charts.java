package dev.helhet.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.marcnuri.helm.Helm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Renders the chart with the real helm (bundled by helm-java) and reads the manifests back. */
final class Charts {

    static final Path CHART = Path.of(System.getProperty("helhet.chart", "helhet"));
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Charts() {
    }

    /** The value sets an operator's CI renders: every file of the chart's ci/ folder. */
    static List<Path> valueSets() throws IOException {
        try (Stream<Path> files = Files.list(CHART.resolve("ci"))) {
            return files.filter(file -> file.getFileName().toString().endsWith("-values.yaml")).sorted().toList();
        }
    }

    /** The set's name as `make charts` files it: ci/production-values.yaml is "production". */
    static String setName(Path values) {
        return values.getFileName().toString().replace("-values.yaml", "");
    }

    /**
     * Helm's library answers a template without its hooks (the Jobs); `helm template` prints them too. So the chart is
     * rendered from a copy whose hook annotations go by another name, and the name is put back in what it rendered.
     */
    private static final String HOOK = "helm.sh/hook";
    private static final String HOOK_IN_COPY = "helhet.test/hook";
    private static Path withHooksAsManifests;

    /** The manifests as `helm template` prints them, hooks included. */
    static String renderText(Path values) {
        return template(values).call().replace(HOOK_IN_COPY, HOOK);
    }

    private static com.marcnuri.helm.TemplateCommand template(Path values) {
        return new Helm(chartWithHooksAsManifests()).template().withName("helhet").withNamespace("helhet").withValuesFile(values);
    }

    private static synchronized Path chartWithHooksAsManifests() {
        if (withHooksAsManifests == null) {
            try {
                Path copy = Files.createTempDirectory("helhet-chart").resolve("helhet");
                try (Stream<Path> paths = Files.walk(CHART)) {
                    for (Path source : paths.toList()) {
                        Path destination = copy.resolve(CHART.relativize(source).toString());
                        if (Files.isDirectory(source)) {
                            Files.createDirectories(destination);
                        } else if (source.getParent().getFileName().toString().equals("templates")) {
                            Files.writeString(destination, Files.readString(source).replace(HOOK, HOOK_IN_COPY));
                        } else {
                            Files.copy(source, destination);
                        }
                    }
                }
                withHooksAsManifests = copy;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return withHooksAsManifests;
    }

    static List<JsonNode> render(Path values) throws IOException {
        return parse(renderText(values));
    }

    /** The manifests with some values set on top of a value set, as `helm template --set` would. */
    static List<JsonNode> render(Path values, java.util.Map<String, Object> settings) throws IOException {
        var template = template(values);
        settings.forEach(template::set);
        return parse(template.call().replace(HOOK_IN_COPY, HOOK));
    }

    static Path valueSet(String name) {
        return CHART.resolve("ci/" + name + "-values.yaml");
    }

    static List<JsonNode> parse(String yaml) throws IOException {
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

    static List<JsonNode> ofKind(List<JsonNode> manifests, String kind) {
        return manifests.stream().filter(manifest -> manifest.path("kind").asText().equals(kind)).toList();
    }

    static JsonNode named(List<JsonNode> manifests, String kind, String name) {
        return ofKind(manifests, kind).stream().filter(manifest -> manifest.at("/metadata/name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    /** The value of one environment variable of a workload's first container, or its valueFrom, as JSON. */
    static JsonNode env(JsonNode workload, String variable) {
        for (JsonNode entry : workload.at("/spec/template/spec/containers/0/env")) {
            if (entry.path("name").asText().equals(variable)) {
                return entry;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
