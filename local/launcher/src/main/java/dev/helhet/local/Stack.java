package dev.helhet.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * The real servers of one profile: PostgreSQL, then Kafka and Keycloak side by side. Once all are
 * ready it writes {@code stack.properties}, which the test resources read to find them.
 */
final class Stack implements AutoCloseable {

    private final StackProfile profile;
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final KeycloakServer keycloak;

    private Stack(StackProfile profile, PostgresServer postgres, KafkaBroker kafka, KeycloakServer keycloak) {
        this.profile = profile;
        this.postgres = postgres;
        this.kafka = kafka;
        this.keycloak = keycloak;
    }

    static Stack start(StackProfile profile) {
        long started = System.nanoTime();
        Console.info("starting PostgreSQL on " + profile.postgresPort());
        PostgresServer postgres = PostgresServer.start(profile);
        List<String> databases = new ArrayList<>(profile.apps().stream().map(App::name).toList());
        databases.add(KeycloakServer.DATABASE);
        postgres.ensureDatabases(databases);

        Console.info("starting Kafka on " + profile.kafkaPort() + " and Keycloak on " + profile.keycloakPort());
        CompletableFuture<KafkaBroker> kafka = CompletableFuture.supplyAsync(() -> KafkaBroker.start(profile));
        CompletableFuture<KeycloakServer> keycloak = CompletableFuture.supplyAsync(() -> KeycloakServer.start(profile, postgres));
        try {
            Stack stack = new Stack(profile, postgres, kafka.join(), keycloak.join());
            stack.writeStackFile();
            Console.info(String.format("stack ready in %.1f s", (System.nanoTime() - started) / 1e9));
            return stack;
        } catch (RuntimeException e) {
            kafka.thenAccept(KafkaBroker::close);
            keycloak.thenAccept(KeycloakServer::close);
            postgres.close();
            throw e;
        }
    }

    private void writeStackFile() {
        Properties stack = new Properties();
        stack.put("profile", profile.name());
        stack.put("postgres.host", "localhost");
        stack.put("postgres.port", Integer.toString(profile.postgresPort()));
        stack.put("postgres.superuser", PostgresServer.SUPERUSER);
        stack.put("kafka.bootstrap.servers", profile.kafkaBootstrapServers());
        stack.put("keycloak.url", profile.keycloakUrl());
        stack.put("keycloak.realm", KeycloakServer.REALM);
        stack.put("keycloak.issuer", profile.issuer());
        stack.put("keycloak.admin.username", KeycloakServer.ADMIN_USER);
        stack.put("keycloak.admin.password", KeycloakServer.ADMIN_PASSWORD);
        stack.put("gateway.url", "http://localhost:" + profile.gatewayPort());
        profile.apps().forEach(app -> stack.put("app." + app.name() + ".port", Integer.toString(app.port())));
        try {
            var temporary = profile.stackFile().resolveSibling("stack.properties.tmp");
            try (var out = Files.newBufferedWriter(temporary)) {
                stack.store(out, "The running Helhet " + profile.name() + " stack; deleted when it stops");
            }
            Files.move(temporary, profile.stackFile(), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(profile.stackFile());
        } catch (IOException ignored) {
            // the file is only a hint for tests; a stale one fails their connection with a clear error
        }
        CompletableFuture<Void> stopKeycloak = CompletableFuture.runAsync(keycloak::close);
        CompletableFuture<Void> stopKafka = CompletableFuture.runAsync(kafka::close);
        CompletableFuture.allOf(stopKeycloak, stopKafka).join();
        postgres.close();
    }
}
