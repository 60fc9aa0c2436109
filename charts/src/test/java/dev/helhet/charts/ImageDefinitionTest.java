package dev.helhet.charts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The image definition is checked without an image engine: the Dockerfile keeps the rules an operator's scanner would
 * hold it to, and every layer's content exists in each module's build, with the migration Job's entry point in it.
 */
class ImageDefinitionTest {

    private static final Path ROOT = Charts.CHART.toAbsolutePath().getParent().getParent();
    private static final Path DOCKERFILE = ROOT.resolve("images/Dockerfile.jvm");
    private static final List<String> MODULES = List.of("services/participants", "services/coordinators", "services/agreements",
            "services/referrals", "services/statistics", "services/notifications", "gateway");

    @Test
    void theDockerfileIsPinnedNonRootAndExecForm() throws IOException {
        List<String> instructions = instructions();
        Matcher base = Pattern.compile("ARG BASE=(\\S+)").matcher(String.join("\n", instructions));
        assertTrue(base.find(), "the base image is one pinned argument");
        assertTrue(base.group(1).matches("[a-z0-9./-]+/[a-z0-9._-]+:[0-9]+(\\.[0-9]+)+(@sha256:[0-9a-f]{64})?"),
                "a released version, never latest: " + base.group(1));
        assertEquals(1, instructions.stream().filter(line -> line.startsWith("FROM ")).count(), "one stage");

        List<String> users = instructions.stream().filter(line -> line.startsWith("USER ")).toList();
        assertFalse(users.isEmpty(), "the image names its user");
        String user = users.get(users.size() - 1).substring(5).strip();
        assertTrue(user.matches("[1-9][0-9]*"), "a numeric non-root uid, so runAsNonRoot can check it: " + user);
        assertEquals(user, Charts.YAML.readTree(Charts.CHART.resolve("values.yaml").toFile()).at("/podSecurityContext/runAsUser").asText(),
                "the chart runs the pods as the image's user");

        assertTrue(instructions.stream().anyMatch(line -> line.startsWith("ENTRYPOINT [")), "exec form: signals reach the JVM");
        for (String line : instructions) {
            assertFalse(line.startsWith("ADD "), "COPY, never ADD (no remote or auto-extracted sources): " + line);
            assertFalse(line.matches("(?i)(ENV|ARG) \\S*(PASSWORD|SECRET|KEY)\\S*=.*"), "no secret in a layer: " + line);
            assertFalse(line.startsWith("RUN "), "nothing is installed or run at build time: " + line);
        }
    }

    @Test
    void everyLayersContentIsInEachModulesBuild() throws IOException {
        List<String> sources = instructions().stream().filter(line -> line.startsWith("COPY "))
                .map(line -> line.split("\\s+")[1]).toList();
        assertEquals(4, sources.size(), sources.toString());
        for (String module : MODULES) {
            Path context = ROOT.resolve(module);
            for (String source : sources) {
                assertTrue(Files.exists(context.resolve(source)), module + " has no " + source + ": run `make build` first");
            }
            assertTrue(Files.isRegularFile(context.resolve("target/quarkus-app/quarkus-run.jar")), module);
        }
        // The chart's image names are the modules' folder names.
        List<String> images = new ArrayList<>();
        Charts.YAML.readTree(Charts.CHART.resolve("values.yaml").toFile()).path("services").fieldNames().forEachRemaining(images::add);
        images.add("gateway");
        assertEquals(MODULES.stream().map(module -> Path.of(module).getFileName().toString()).sorted().toList(), images.stream().sorted().toList());
    }

    @Test
    void theMigrationJobsEntryPointIsOnTheImagesClasspath() throws IOException {
        for (String module : MODULES.subList(0, 6)) {
            Path libraries = ROOT.resolve(module).resolve("target/quarkus-app/lib/main");
            boolean found = false;
            try (Stream<Path> jars = Files.list(libraries)) {
                for (Path jar : jars.filter(path -> path.getFileName().toString().startsWith("dev.helhet.helhet-service-common")).toList()) {
                    try (JarFile file = new JarFile(jar.toFile())) {
                        found |= file.getEntry("dev/helhet/common/migration/MigrateAndExit.class") != null;
                    }
                }
            }
            assertTrue(found, module + ": /deployments/lib/main holds MigrateAndExit, which the chart's migration Job runs");
        }
    }

    /** The Dockerfile's instructions, continuation lines joined, comments dropped. */
    private static List<String> instructions() throws IOException {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(DOCKERFILE)) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            current.append(line.strip());
            if (line.endsWith("\\")) {
                current.setLength(current.length() - 1);
            } else {
                instructions.add(current.toString());
                current.setLength(0);
            }
        }
        return instructions;
    }
}
