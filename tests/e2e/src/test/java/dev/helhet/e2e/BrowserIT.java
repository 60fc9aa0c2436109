package dev.helhet.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the browser tests (src/test/browser, Node's test runner with playwright-core driving Debian's
 * Chromium) against the platform this run started: the gateway serving the built UI, the services,
 * Keycloak's real login page. Screenshots land in target/screenshots.
 */
@ExtendWith(Platform.class)
class BrowserIT {

    private static final Path TESTS = Path.of("src/test/browser").toAbsolutePath();
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    /** local/test.sh installs Chromium from Debian's packages while Maven builds; a fresh machine may still be at it. */
    private static final Duration CHROMIUM_WAIT = Duration.ofMinutes(10);

    @Test
    void theWebFrontendWorksInChromiumForEveryRole() throws Exception {
        awaitChromium();
        installPackages();
        int exit = run(List.of("node", "--test", "--test-concurrency=1", "--test-reporter=spec", "tests/"), Duration.ofMinutes(20), Map.of(
                "HELHET_URL", Platform.gatewayUrl(),
                "HELHET_KEYCLOAK", Platform.profile().keycloakUrl(),
                "HELHET_SCREENSHOTS", Path.of("target/screenshots").toAbsolutePath().toString(),
                "CHROMIUM", CHROMIUM.toString()));
        assertEquals(0, exit, "the browser tests failed; their report is above");
    }

    private static void awaitChromium() throws InterruptedException {
        Instant deadline = Instant.now().plus(CHROMIUM_WAIT);
        while (!Files.isExecutable(CHROMIUM) && Instant.now().isBefore(deadline)) {
            Thread.sleep(2_000);
        }
        assertTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: `local/ensure-chromium.sh` installs Debian's chromium"
                + " (see .helhet/chromium.log)");
    }

    /** npm ci when the lockfile changed since the last install (playwright-core never downloads a browser). */
    private static void installPackages() throws IOException, InterruptedException {
        Path installed = TESTS.resolve("node_modules/.package-lock.json");
        Path lock = TESTS.resolve("package-lock.json");
        if (Files.exists(installed) && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) >= 0) {
            return;
        }
        assertEquals(0, run(List.of("npm", "ci", "--no-audit", "--no-fund"), Duration.ofMinutes(5), Map.of()), "npm ci failed");
    }

    private static int run(List<String> command, Duration timeout, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(TESTS.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Process process = builder.start();
        // Through this JVM's System.out, line by line: the forked test JVM's own stdout is Failsafe's channel.
        Thread echo = Thread.ofVirtual().start(() -> process.inputReader().lines().forEach(line -> System.out.println("[browser] " + line)));
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout);
        }
        echo.join(Duration.ofSeconds(5));
        return process.exitValue();
    }
}
