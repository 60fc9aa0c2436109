package dev.helhet.e2e;

import dev.helhet.local.App;
import dev.helhet.local.QuarkusApp;
import dev.helhet.local.StackProfile;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts the packaged services and the gateway once per test run, as real processes wired to the
 * running test stack, exactly as `make run` starts them; stops them when the run ends.
 */
public class Platform implements BeforeAllCallback {

    private static final StackProfile PROFILE = StackProfile.named(StackProfile.TEST,
            Path.of(System.getProperty("helhet.root", "../..")).toAbsolutePath().normalize());

    /** The applications of this run by name; fault tests replace one after killing it. */
    private static final Map<String, QuarkusApp> RUNNING = new ConcurrentHashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Platform.class, key -> new Running(start()), Running.class);
    }

    /** Kills an application as a crash would ({@code kill -9}): no shutdown hook, no last commit or flush. */
    public static void kill(String name) {
        QuarkusApp app = RUNNING.get(name);
        ProcessHandle.of(app.pid()).ifPresent(process -> {
            process.destroyForcibly();
            process.onExit().join();
        });
    }

    /** Stops an application as an operator would (SIGTERM): it finishes its work and leaves its consumer groups. */
    public static void stop(String name) {
        RUNNING.get(name).close();
    }

    /** Starts an application again (after {@link #kill} or {@link #stop}) and waits until it is ready. */
    public static void restart(String name) {
        App app = PROFILE.apps().stream().filter(candidate -> candidate.name().equals(name)).findFirst().orElseThrow();
        QuarkusApp previous = RUNNING.get(name);
        previous.close();
        QuarkusApp started = QuarkusApp.start(app, PROFILE);
        RUNNING.put(name, started);
        started.awaitReady();
    }

    /**
     * Runs an application with configuration of a test's own (another database, say) in place of the running one, on the
     * same port, and waits until it is ready; {@link #restart} brings the usual one back.
     */
    public static void replace(String name, Map<String, String> overrides) {
        App app = PROFILE.apps().stream().filter(candidate -> candidate.name().equals(name)).findFirst().orElseThrow();
        RUNNING.get(name).close();
        QuarkusApp started = QuarkusApp.start(app, PROFILE, overrides);
        RUNNING.put(name, started);
        started.awaitReady();
    }

    /**
     * Starts a second replica of an application on a free port, sharing its database and the stack, and waits until it is
     * ready; the caller closes it.
     */
    public static QuarkusApp startReplica(String name) {
        App app = PROFILE.apps().stream().filter(candidate -> candidate.name().equals(name)).findFirst().orElseThrow();
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        QuarkusApp replica = QuarkusApp.startReplica(app, PROFILE, port);
        try {
            return replica.awaitReady();
        } catch (RuntimeException e) {
            replica.close();
            throw e;
        }
    }

    public static String gatewayUrl() {
        return "http://localhost:" + PROFILE.gatewayPort();
    }

    public static StackProfile profile() {
        return PROFILE;
    }

    public static String serviceUrl(String name) {
        return PROFILE.apps().stream().filter(app -> app.name().equals(name)).findFirst().orElseThrow().baseUrl();
    }

    private static List<QuarkusApp> start() {
        long started = System.nanoTime();
        List<QuarkusApp> apps = PROFILE.apps().stream().map(app -> QuarkusApp.start(app, PROFILE)).toList();
        apps.forEach(app -> RUNNING.put(app.app().name(), app));
        try {
            apps.forEach(QuarkusApp::awaitReady);
        } catch (RuntimeException e) {
            apps.forEach(QuarkusApp::close);
            throw e;
        }
        System.out.printf("[e2e] %d applications ready in %.1f s: %s%n", apps.size(), (System.nanoTime() - started) / 1e9,
                apps.stream().map(QuarkusApp::app).map(App::name).toList());
        return apps;
    }

    /** Closes the applications when the JUnit run ends, including any a fault test started again. */
    private record Running(List<QuarkusApp> started) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            RUNNING.values().parallelStream().forEach(QuarkusApp::close);
        }
    }
}
