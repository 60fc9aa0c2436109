package dev.helhet.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real PostgreSQL 17 (zonky's embedded binaries, no Docker) holding one database per service,
 * each owned by a login role of the same name, plus one for Keycloak.
 */
public final class PostgresServer implements AutoCloseable {

    static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final int port;

    private PostgresServer(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    static PostgresServer start(StackProfile profile) {
        Path dataDir = profile.dataDir().resolve("postgres");
        ChildProcess.requireFree(profile.postgresPort(), "PostgreSQL");
        try {
            Files.createDirectories(dataDir.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(profile.postgresPort())
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "64MB")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(
                            Files.createDirectories(profile.logDir()).resolve("postgres.log").toFile()))
                    .start();
            return new PostgresServer(postgres, profile.postgresPort());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + profile.postgresPort(), e);
        }
    }

    /** Creates the login role and database of each name, unless they exist already. */
    void ensureDatabases(List<String> names) {
        try (Connection connection = connect("postgres"); Statement sql = connection.createStatement()) {
            for (String name : names) {
                if (!name.matches("[a-z_]+")) {
                    throw new IllegalArgumentException("Database names are lower-case words: " + name);
                }
                if (!exists(sql, "select 1 from pg_roles where rolname = '" + name + "'")) {
                    sql.execute("create role " + name + " login password '" + name + "'");
                }
                if (!exists(sql, "select 1 from pg_database where datname = '" + name + "'")) {
                    sql.execute("create database " + name + " owner " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the service databases", e);
        }
    }

    /** Drops and recreates one database (used when Keycloak's realm file changed). */
    void recreateDatabase(String name) {
        try (Connection connection = connect("postgres"); Statement sql = connection.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
            sql.execute("create database " + name + " owner " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not recreate database " + name, e);
        }
    }

    int port() {
        return port;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, SUPERUSER, "");
    }

    private static boolean exists(Statement sql, String query) throws SQLException {
        try (var rows = sql.executeQuery(query)) {
            return rows.next();
        }
    }

    /**
     * Stops the PostgreSQL of a running stack, whoever started it, with a fast shutdown (SIGINT: open connections are
     * cut, as in a failover or a minor-version upgrade); {@link #startStopped} starts it again. Used to test that the
     * services ride out a database outage by themselves.
     */
    public static void stopRunning(StackProfile profile) {
        Path dataDir = profile.dataDir().resolve("postgres");
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().trim());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("PostgreSQL (pid " + pid + ") is not running"));
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            postmaster.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (IOException | NumberFormatException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Could not stop the PostgreSQL recorded in " + dataDir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts a PostgreSQL stopped by {@link #stopRunning} with the command line it recorded in {@code postmaster.opts}, and
     * waits until it accepts connections. PostgreSQL refuses to run as root; as zonky does, a root user starts it in a
     * user namespace of its own ({@code unshare -U}), where it is not root.
     */
    public static void startStopped(StackProfile profile) {
        Path dataDir = profile.dataDir().resolve("postgres");
        try {
            List<String> command = new java.util.ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(postmasterCommand(Files.readString(dataDir.resolve("postmaster.opts"))));
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(profile.logDir().resolve("postgres.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the PostgreSQL recorded in " + dataDir, e);
        }
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            try (Connection ignored = DriverManager.getConnection("jdbc:postgresql://localhost:" + profile.postgresPort() + "/postgres", SUPERUSER, "")) {
                return;
            } catch (SQLException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("PostgreSQL did not accept connections within 60 s of its start", notYet);
                }
                ChildProcess.sleep(Duration.ofMillis(100));
            }
        }
    }

    /** The arguments of {@code postmaster.opts}: the binary, then each argument in double quotes. */
    static List<String> postmasterCommand(String opts) {
        List<String> command = new java.util.ArrayList<>();
        java.util.regex.Matcher argument = java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(opts.trim());
        while (argument.find()) {
            command.add(argument.group(1) != null ? argument.group(1) : argument.group(2));
        }
        return command;
    }

    /**
     * Stops a PostgreSQL left running by a launcher that was killed: pg_ctl detaches the
     * postmaster, so it outlives the JVM that started it. SIGINT asks for a fast shutdown.
     */
    static void stopStale(StackProfile profile) {
        Path pidFile = profile.dataDir().resolve("postgres/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
            ProcessHandle.of(pid).ifPresent(handle -> {
                Console.info("stopping PostgreSQL (pid " + pid + ")");
                try {
                    new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
                    handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    handle.destroyForcibly();
                }
            });
        } catch (IOException | NumberFormatException | java.util.NoSuchElementException e) {
            Console.error("could not read " + pidFile + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            Console.error("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
