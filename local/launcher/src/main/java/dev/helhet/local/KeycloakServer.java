package dev.helhet.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak 26 (the Quarkus distribution from Maven Central) storing its data in the stack's
 * PostgreSQL, with the {@code helhet} realm imported from {@code local/keycloak/helhet-realm.json}.
 * The distribution is built once for PostgreSQL ({@code kc.sh build}) and then started optimized,
 * which takes seconds instead of the half minute a dev-mode start spends re-building.
 */
public final class KeycloakServer implements AutoCloseable {

    static final String VERSION = "26.7.3";
    static final String REALM = "helhet";
    static final String DATABASE = "keycloak";
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";

    /** Build-time options; a change triggers a new {@code kc.sh build}. */
    private static final List<String> BUILD_OPTIONS = List.of(
            "--db=postgres", "--health-enabled=true", "--metrics-enabled=true", "--features=organization");

    private final ChildProcess process;

    private KeycloakServer(ChildProcess process) {
        this.process = process;
    }

    static KeycloakServer start(StackProfile profile, PostgresServer postgres) {
        Path home = profile.distDir().resolve("keycloak-" + VERSION);
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak missing in " + home + ": run `make fetch`");
        }
        buildOnce(home, profile);
        importRealmFile(home, profile, postgres);
        return launch(home, profile);
    }

    /**
     * Starts the Keycloak of a stack again after {@link #stopRunning}, already built and with its realm in the database.
     * Used to test that the platform comes back when Keycloak does.
     */
    public static KeycloakServer startAgain(StackProfile profile) {
        return launch(profile.distDir().resolve("keycloak-" + VERSION), profile);
    }

    /** Stops the Keycloak of a running stack, whoever started it (found by its pid file), to test what works without it. */
    public static void stopRunning(StackProfile profile) {
        ChildProcess.stopRecorded(profile, "keycloak");
    }

    private static KeycloakServer launch(Path home, StackProfile profile) {
        List<String> command = new java.util.ArrayList<>(List.of(
                home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + profile.keycloakPort(),
                "--http-management-port=" + profile.keycloakManagementPort(),
                // One issuer whatever host name a caller uses, so every service verifies the same `iss`.
                "--hostname=" + profile.keycloakUrl(),
                "--db-url=jdbc:postgresql://localhost:" + profile.postgresPort() + "/" + DATABASE,
                "--db-username=" + DATABASE,
                "--db-password=" + DATABASE,
                "--db-pool-max-size=20",
                "--import-realm",
                "--log-level=INFO"));
        ChildProcess keycloak = ChildProcess.start("keycloak", command, Map.of(
                "JAVA_HOME", Jdk.home().toString(),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD), home, profile,
                List.of(profile.keycloakPort(), profile.keycloakManagementPort()));
        String management = "http://localhost:" + profile.keycloakManagementPort();
        keycloak.awaitReady(() -> Http.ok(management + "/health/ready")
                && Http.ok(profile.issuer() + "/.well-known/openid-configuration"), Duration.ofMinutes(3));
        return new KeycloakServer(keycloak);
    }

    private static void buildOnce(Path home, StackProfile profile) {
        Path marker = home.resolve(".helhet-build");
        String wanted = String.join(" ", BUILD_OPTIONS);
        try {
            if (Files.exists(marker) && Files.readString(marker).equals(wanted)) {
                return;
            }
            Console.info("building Keycloak for PostgreSQL (once, about half a minute)");
            List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
            command.addAll(BUILD_OPTIONS);
            ChildProcess build = ChildProcess.start("keycloak-build", command,
                    Map.of("JAVA_HOME", Jdk.home().toString()), home, profile);
            if (build.awaitExit(Duration.ofMinutes(5)) != 0) {
                throw new IllegalStateException("kc.sh build failed:\n" + build.tail(40));
            }
            Files.writeString(marker, wanted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keycloak imports a realm only when it does not exist yet. When the realm file changed since
     * the last start, the Keycloak database is recreated so the change takes effect (local data only).
     */
    private static void importRealmFile(Path home, StackProfile profile, PostgresServer postgres) {
        Path realmFile = profile.root().resolve("local/keycloak/helhet-realm.json");
        Path importDir = home.resolve("data/import");
        Path hashFile = profile.dataDir().resolve("keycloak-realm.sha256");
        try {
            byte[] realm = Files.readAllBytes(realmFile);
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(realm));
            if (Files.exists(hashFile) && !Files.readString(hashFile).equals(hash)) {
                Console.info("the realm file changed: re-importing it into a fresh Keycloak database");
                postgres.recreateDatabase(DATABASE);
            }
            Files.createDirectories(importDir);
            Files.copy(realmFile, importDir.resolve("helhet-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(hashFile, hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
