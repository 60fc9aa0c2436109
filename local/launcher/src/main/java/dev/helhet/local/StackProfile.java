package dev.helhet.local;

import java.nio.file.Path;
import java.util.List;

/**
 * Where one local stack keeps its data and which ports it uses. Two profiles exist so that tests
 * never touch the data of `make run`: {@code run} (gateway 8080, Keycloak 8180) and {@code test}
 * (every port + 20000, except the few that would pass 65535).
 */
public record StackProfile(String name, Path root, int portOffset) {

    public static final String RUN = "run";
    public static final String TEST = "test";

    public static StackProfile named(String name, Path root) {
        return switch (name) {
            case RUN -> new StackProfile(RUN, root, 0);
            case TEST -> new StackProfile(TEST, root, 20000);
            default -> throw new IllegalArgumentException("Unknown profile '" + name + "': use run or test");
        };
    }

    /** The services and the gateway, in start order, with their ports in the run profile. */
    public List<App> apps() {
        return List.of(
                new App("participants", root.resolve("services/participants"), port(8081)),
                new App("coordinators", root.resolve("services/coordinators"), port(8082)),
                new App("agreements", root.resolve("services/agreements"), port(8083)),
                new App("referrals", root.resolve("services/referrals"), port(8084)),
                new App("statistics", root.resolve("services/statistics"), port(8085)),
                new App("notifications", root.resolve("services/notifications"), port(8086)),
                new App("gateway", root.resolve("gateway"), gatewayPort()));
    }

    /** The services that own a database (everything but the gateway). */
    public List<App> services() {
        return apps().stream().filter(app -> !app.name().equals("gateway")).toList();
    }

    public Path dataDir() {
        return root.resolve(".helhet").resolve(name);
    }

    public Path distDir() {
        return root.resolve(".helhet").resolve("dist");
    }

    public Path stackFile() {
        return dataDir().resolve("stack.properties");
    }

    public Path pidDir() {
        return dataDir().resolve("pids");
    }

    public Path logDir() {
        return dataDir().resolve("logs");
    }

    public int postgresPort() {
        return port(15432);
    }

    public int kafkaPort() {
        return port(19092);
    }

    public int kafkaControllerPort() {
        return port(19093);
    }

    public int keycloakPort() {
        return port(8180);
    }

    public int keycloakManagementPort() {
        return port(9180);
    }

    public int gatewayPort() {
        return port(8080);
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort();
    }

    public String issuer() {
        return keycloakUrl() + "/realms/" + KeycloakServer.REALM;
    }

    public String kafkaBootstrapServers() {
        return "localhost:" + kafkaPort();
    }

    private int port(int runPort) {
        return runPort + portOffset;
    }
}
