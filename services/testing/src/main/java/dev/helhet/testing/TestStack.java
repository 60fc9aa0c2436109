package dev.helhet.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/**
 * The running test stack, as described by the launcher in {@code .helhet/test/stack.properties}.
 * `make test` starts the stack once per run, in parallel with the build; tests wait for it here.
 */
public final class TestStack {

    private static final Duration WAIT_FOR_STACK = Duration.ofMinutes(5);
    private static volatile Properties properties;

    private TestStack() {
    }

    public static String get(String key) {
        String value = properties().getProperty(key);
        if (value == null) {
            throw new IllegalStateException("The test stack file has no '" + key + "'");
        }
        return value;
    }

    public static int port(String key) {
        return Integer.parseInt(get(key));
    }

    public static String keycloakIssuer() {
        return get("keycloak.issuer");
    }

    public static String kafkaBootstrapServers() {
        return get("kafka.bootstrap.servers");
    }

    public static String gatewayUrl() {
        return get("gateway.url");
    }

    private static Properties properties() {
        if (properties == null) {
            synchronized (TestStack.class) {
                if (properties == null) {
                    properties = load(stackFile());
                }
            }
        }
        return properties;
    }

    /** True when a launcher was started (its pid file exists) but its process is gone. */
    private static boolean launcherDied(Path pidFile) {
        try {
            return Files.exists(pidFile)
                    && ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).map(p -> !p.isAlive()).orElse(true);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static Path stackFile() {
        String configured = System.getProperty("helhet.stack.file");
        if (configured != null) {
            return Path.of(configured);
        }
        // Running a test from an IDE: find the repository root from the working directory.
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Set -Dhelhet.stack.file: cannot find the repository root");
        }
        return dir.resolve(".helhet/test/stack.properties");
    }

    private static Properties load(Path file) {
        Instant deadline = Instant.now().plus(WAIT_FOR_STACK);
        while (!Files.exists(file)) {
            if (launcherDied(file.resolveSibling("launcher.pid"))) {
                throw new IllegalStateException("The test stack stopped while starting: see "
                        + file.getParent().resolve("logs") + " and .helhet/test-stack.log");
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("No test stack is running (" + file + " does not exist). Start it with "
                        + "`make test-stack` (or run everything with `make test`).");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Properties loaded = new Properties();
        // written atomically by the launcher, so a file that exists is complete
        try (Reader in = Files.newBufferedReader(file)) {
            loaded.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loaded;
    }
}
