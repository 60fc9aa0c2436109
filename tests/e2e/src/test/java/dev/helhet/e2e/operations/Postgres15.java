package dev.helhet.e2e.operations;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second, empty PostgreSQL server, Debian's PostgreSQL 15, whose client tools (pg_dump, pg_restore) an operator would
 * use: the server a backup is taken from and the one it is restored to. The stack's own PostgreSQL is newer than those
 * tools can read. PostgreSQL refuses to run as root, so under root it runs as the postgres user Debian's package made.
 */
final class Postgres15 implements AutoCloseable {

    /** Debian's server and client tools; local/ensure-postgres-15.sh installs them where they are missing. */
    static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

    private final Path home;
    private final Path data;
    private final int port;

    private Postgres15(Path home, Path data, int port) {
        this.home = home;
        this.data = data;
        this.port = port;
    }

    /** Makes a cluster in a temporary folder and starts it on a free port. */
    static Postgres15 start() throws IOException, InterruptedException {
        if (!Files.isExecutable(BIN.resolve("initdb")) || !Files.isExecutable(BIN.resolve("pg_dump"))) {
            throw new IllegalStateException(BIN + " lacks the server or its tools: local/ensure-postgres-15.sh installs Debian's postgresql-15");
        }
        Path home = Files.createTempDirectory("postgres-15");
        if (asRoot()) {
            run(home, List.of("chown", "-R", "postgres:postgres", home.toString()));
        }
        Path data = home.resolve("data");
        run(home, asServerUser(List.of(BIN.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8")));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        run(home, asServerUser(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l", home.resolve("server.log").toString(),
                "-o", "-p " + port + " -c listen_addresses=localhost -c unix_socket_directories=" + home, "start")));
        return new Postgres15(home, data, port);
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Runs SQL statements as the superuser on the {@code postgres} database. */
    void execute(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "")) {
            for (String statement : statements) {
                connection.createStatement().execute(statement);
            }
        }
    }

    /** Runs one of Debian's client tools against this server as the superuser; answers its output. */
    String tool(String name, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BIN.resolve(name).toString(), "-h", "localhost", "-p", Integer.toString(port), "-U", "postgres"));
        command.addAll(List.of(arguments));
        return run(home, command);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(home, asServerUser(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop")));
        try (var paths = Files.walk(home)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> asServerUser(List<String> command) {
        if (!asRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static String run(Path directory, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
