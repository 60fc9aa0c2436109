package dev.helhet.local;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A packaged Quarkus service or the gateway, started as a JVM wired to one local stack. */
public final class QuarkusApp implements AutoCloseable {

    private final App app;
    private final ChildProcess process;

    private QuarkusApp(App app, ChildProcess process) {
        this.app = app;
        this.process = process;
    }

    /** Starts the app without waiting for it; call {@link #awaitReady()} next. */
    public static QuarkusApp start(App app, StackProfile profile) {
        return start(app, profile, Map.of());
    }

    /** As {@link #start(App, StackProfile)}, with configuration that differs from a local run (benchmarks). */
    public static QuarkusApp start(App app, StackProfile profile, Map<String, String> overrides) {
        return start(app, profile, overrides, List.of());
    }

    /**
     * A second replica of an app on another port, with its own log and pid file, sharing the app's database and stack:
     * what tests of several gateway replicas run.
     */
    public static QuarkusApp startReplica(App app, StackProfile profile, int port) {
        return start(new App(app.name(), app.module(), port), profile, Map.of(), List.of(), app.name() + "-" + port);
    }

    /** As {@link #start(App, StackProfile, Map)}, with JVM options added after the usual ones (benchmarks of boot levers). */
    public static QuarkusApp start(App app, StackProfile profile, Map<String, String> overrides, List<String> jvmOptions) {
        return start(app, profile, overrides, jvmOptions, app.name());
    }

    private static QuarkusApp start(App app, StackProfile profile, Map<String, String> overrides, List<String> jvmOptions,
                                    String processName) {
        if (!Files.isRegularFile(app.runnableJar())) {
            throw new IllegalStateException(app.runnableJar() + " is missing: build first (`make build`)");
        }
        List<String> command = new ArrayList<>(List.of(Jdk.javaExecutable(),
                // Small heaps and the serial collector: six JVMs share two cores and a laptop's memory.
                "-Xms32m", "-Xmx256m", "-XX:+UseSerialGC"));
        command.addAll(Jdk.quarkusFlags());
        command.addAll(extraJvmOptions());
        command.addAll(jvmOptions);
        Map<String, String> config = configuration(app, profile);
        config.putAll(overrides);
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(app.runnableJar().toString());
        ChildProcess process = ChildProcess.start(processName, command, Map.of(), app.module(), profile, List.of(app.port()));
        return new QuarkusApp(app, process);
    }

    /**
     * JVM options from {@code HELHET_JAVA_OPTIONS}, space-separated, added to every app's command line: how an operator of a
     * local run (or a benchmark of a JVM lever) changes the JIT, the collector or the heap without a build.
     */
    static List<String> extraJvmOptions() {
        String options = System.getenv("HELHET_JAVA_OPTIONS");
        return options == null || options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }

    /** Encrypts webhook signing secrets at rest in local runs only; published here on purpose, as the dev identity-number keys. */
    static final String LOCAL_WEBHOOK_SECRET_KEY = "nrBm5XECbLKvltoyXErL0LOpHeiKBJnDmB4ooW1ytJE=";
    /** The keys of local runs, the same as the tests' profile, so a database made by one reads in the other. */
    static final String LOCAL_FINGERPRINT_KEY = "NgOD+RCrz7P/UXgVzC459WGcwpOiETRsXbL6iSEKOoc=";
    static final String LOCAL_NATIONAL_ID_KEY = "h+voddI+Xr2X0WU4HMNt+ddGiiUYeTXpkL30zmgPX0E=";
    static final String LOCAL_NATIONAL_ID_LOOKUP_KEY = "zPJXNf6lpf7zmHEsr4qa/gU4LifRnTqY2Cxsxa9bRlU=";

    /** The configuration that points an app at the stack of a profile. */
    static Map<String, String> configuration(App app, StackProfile profile) {
        Map<String, String> config = new java.util.LinkedHashMap<>();
        config.put("quarkus.http.port", Integer.toString(app.port()));
        config.put("quarkus.http.host", "127.0.0.1");
        config.put("quarkus.oidc.auth-server-url", profile.issuer());
        config.put("helhet.keycloak.url", profile.keycloakUrl());
        // Every app owns a database of its name; the gateway's holds the browser sessions.
        String database = app.name();
        config.put("quarkus.datasource.username", database);
        config.put("quarkus.datasource.password", database);
        config.put("quarkus.datasource.reactive.url", "postgresql://localhost:" + profile.postgresPort() + "/" + database);
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + profile.postgresPort() + "/" + database);
        if (app.name().equals("gateway")) {
            profile.services().forEach(service ->
                    config.put("helhet.gateway.upstream." + service.name(), service.baseUrl()));
        } else {
            config.put("kafka.bootstrap.servers", profile.kafkaBootstrapServers());
            // Published in the repository for local runs (the tests' profile has the same); a deployment sets its own.
            config.put("helhet.idempotency.fingerprint-key", LOCAL_FINGERPRINT_KEY);
        }
        if (java.util.Set.of("coordinators", "agreements", "referrals").contains(app.name())) {
            profile.services().stream().filter(service -> service.name().equals("participants")).findFirst()
                    .ifPresent(participants -> config.put("quarkus.rest-client.participants.url", participants.baseUrl()));
        }
        if (app.name().equals("participants")) {
            // Local runs use the identity-number keys published in the repository; a real deployment refuses them.
            config.put("helhet.national-id.dev-keys-allowed", "true");
            config.put("helhet.national-id.active-key", "dev-2026");
            config.put("helhet.national-id.keyring", "dev-2026:" + LOCAL_NATIONAL_ID_KEY);
            config.put("helhet.national-id.lookup-key", LOCAL_NATIONAL_ID_LOOKUP_KEY);
        }
        if (app.name().equals("notifications")) {
            // The signing secrets' key of local runs (a deployment takes its own from a secret), and receivers on this machine:
            // a partner trying webhooks against `make run` listens on localhost.
            config.put("helhet.notifications.secret-key", LOCAL_WEBHOOK_SECRET_KEY);
            config.put("helhet.notifications.loopback-receivers-allowed", "true");
        }
        return config;
    }

    public QuarkusApp awaitReady() {
        process.awaitReady(() -> Http.ok(app.baseUrl() + "/q/health/ready"), Duration.ofMinutes(2));
        return this;
    }

    public App app() {
        return app;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String tail(int lines) {
        return process.tail(lines);
    }

    @Override
    public void close() {
        process.close();
    }
}
