package dev.helhet.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A server started as a child process, its output in a log file and its pid in the profile's pid
 * folder so that `make stop` finds it even when the launcher itself was killed.
 */
final class ChildProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Path pidFile;

    private ChildProcess(String name, Process process, Path logFile, Path pidFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.pidFile = pidFile;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> environment,
                              Path workDir, StackProfile profile) {
        return start(name, command, environment, workDir, profile, List.of());
    }

    /** Starts the process after checking that the ports it will listen on are free. */
    static ChildProcess start(String name, List<String> command, Map<String, String> environment,
                              Path workDir, StackProfile profile, List<Integer> ports) {
        for (int port : ports) {
            requireFree(port, name);
        }
        try {
            Files.createDirectories(profile.logDir());
            Files.createDirectories(profile.pidDir());
            Path logFile = profile.logDir().resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            Path pidFile = profile.pidDir().resolve(name + ".pid");
            Files.writeString(pidFile, Long.toString(process.pid()));
            return new ChildProcess(name, process, logFile, pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + ": " + command, e);
        }
    }

    /** Waits until {@code ready} holds; fails early, with the end of the log, if the process dies. */
    void awaitReady(BooleanSupplier ready, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + "; last lines of " + logFile + ":\n" + tail(40));
            }
            if (ready.getAsBoolean()) {
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException(name + " was not ready after " + timeout.toSeconds() + " s; last lines of "
                + logFile + ":\n" + tail(40));
    }

    /** Waits for the process to end by itself and returns its exit code (for one-shot tools). */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " did not finish within " + timeout.toSeconds() + " s");
            }
            deletePidFile();
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Asks the process to stop (SIGTERM), then kills it if it has not stopped within the grace time. */
    @Override
    public void close() {
        stop(process.toHandle(), Duration.ofSeconds(30));
        deletePidFile();
    }

    /**
     * Stops the server a stack recorded under {@code name} in its pid folder, whoever started it: fault tests take Kafka
     * or Keycloak away from a stack started by another process.
     */
    static void stopRecorded(StackProfile profile, String name) {
        Path pidFile = profile.pidDir().resolve(name + ".pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid).ifPresent(server -> stop(server, Duration.ofSeconds(30)));
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("No running " + name + " recorded in " + pidFile, e);
        }
    }

    static void stop(ProcessHandle handle, Duration grace) {
        if (!handle.isAlive()) {
            return;
        }
        handle.destroy();
        try {
            handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception timeoutOrInterrupt) {
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
        }
    }

    /** Deletes the pid file only while it still names this process: another process may have taken the name over. */
    private void deletePidFile() {
        try {
            if (Files.exists(pidFile) && Files.readString(pidFile).trim().equals(Long.toString(process.pid()))) {
                Files.delete(pidFile);
            }
        } catch (IOException ignored) {
            // a stale pid file is harmless: stop() checks that the process is alive
        }
    }

    /** Fails when something already listens on the port: the stack must never talk to a stranger. */
    static void requireFree(int port, String name) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress("127.0.0.1", port));
        } catch (IOException inUse) {
            throw new IllegalStateException("Port " + port + " for " + name + " is already in use. If it is a left-over"
                    + " Helhet server, `make stop` ends it; otherwise free the port.");
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", e);
        }
    }
}
