package dev.helhet.e2e;

import dev.helhet.local.App;
import dev.helhet.local.QuarkusApp;
import dev.helhet.local.StackProfile;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.List;

/**
 * Starts the packaged services and the gateway once per test run, as real processes wired to the
 * running test stack, exactly as `make run` starts them; stops them when the run ends.
 */
public class Platform implements BeforeAllCallback {

    private static final StackProfile PROFILE = StackProfile.named(StackProfile.TEST,
            Path.of(System.getProperty("helhet.root", "../..")).toAbsolutePath().normalize());

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Platform.class, key -> new Running(start()), Running.class);
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

    /** Closes the applications when the JUnit run ends. */
    private record Running(List<QuarkusApp> apps) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            apps.parallelStream().forEach(QuarkusApp::close);
        }
    }
}
