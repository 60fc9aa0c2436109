package dev.helhet.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * `make run`, `make stop` and the test stack in one command line:
 * <pre>
 *   launcher run   [--fresh]                 the whole platform, in the foreground until Ctrl-C
 *   launcher stack --profile test [--fresh]  PostgreSQL, Kafka and Keycloak only, until stopped
 *   launcher stop  [--profile run|test]      stops what a launcher of that profile started
 *   launcher dead-letters export|replay ...  brings dead letters back after a fix ({@link DeadLetterTool})
 * </pre>
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            return;
        }
        String command = args[0];
        String profileName = option(args, "--profile", command.equals("stack") ? StackProfile.TEST : StackProfile.RUN);
        boolean fresh = List.of(args).contains("--fresh");
        StackProfile profile = StackProfile.named(profileName, Path.of(System.getProperty("helhet.root", ".")).toAbsolutePath().normalize());
        switch (command) {
            case "run" -> foreground(profile, fresh, true);
            case "stack" -> foreground(profile, fresh, false);
            case "stop" -> stop(profile);
            case "dead-letters" -> DeadLetterTool.main(args, profile);
            default -> usage();
        }
    }

    private static void foreground(StackProfile profile, boolean fresh, boolean withApps) throws Exception {
        long started = System.nanoTime();
        stop(profile);
        if (fresh) {
            deleteRecursively(profile.dataDir());
        }
        Files.createDirectories(profile.dataDir());
        Files.writeString(profile.dataDir().resolve("launcher.pid"), Long.toString(ProcessHandle.current().pid()));

        List<AutoCloseable> running = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Console.info("stopping " + profile.name() + " ...");
            closeInReverse(running);
            try {
                Files.deleteIfExists(profile.dataDir().resolve("launcher.pid"));
            } catch (IOException ignored) {
                // stale pid files are checked for a live process before use
            }
            Console.info("stopped");
            stopped.countDown();
        }, "helhet-stop"));

        try {
            Stack stack = Stack.start(profile);
            running.add(stack);
            if (withApps) {
                List<QuarkusApp> apps = profile.apps().stream().map(app -> QuarkusApp.start(app, profile)).toList();
                running.addAll(apps);
                apps.forEach(QuarkusApp::awaitReady);
                DemoData.seed(profile);
                Banner.print(profile, (System.nanoTime() - started) / 1e9);
                watch(apps);
            }
        } catch (RuntimeException e) {
            Console.error(e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    /** Reports an app that dies while the platform runs, with the end of its log. */
    private static void watch(List<QuarkusApp> apps) {
        Thread watcher = new Thread(() -> {
            List<QuarkusApp> alive = new ArrayList<>(apps);
            while (!alive.isEmpty()) {
                ChildProcess.sleep(java.time.Duration.ofSeconds(2));
                for (QuarkusApp app : List.copyOf(alive)) {
                    if (!app.isAlive()) {
                        alive.remove(app);
                        Console.error(app.app().name() + " stopped unexpectedly; last lines:\n" + app.tail(20));
                    }
                }
            }
        }, "helhet-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Stops a launcher of this profile and anything it left behind (also after a `kill -9`). */
    static void stop(StackProfile profile) {
        readPid(profile.dataDir().resolve("launcher.pid"))
                .filter(pid -> pid != ProcessHandle.current().pid())
                .flatMap(ProcessHandle::of)
                .ifPresent(launcher -> {
                    Console.info("stopping the running " + profile.name() + " launcher (pid " + launcher.pid() + ")");
                    ChildProcess.stop(launcher, java.time.Duration.ofSeconds(90));
                });
        if (Files.isDirectory(profile.pidDir())) {
            try (Stream<Path> pidFiles = Files.list(profile.pidDir())) {
                pidFiles.forEach(pidFile -> {
                    readPid(pidFile).flatMap(ProcessHandle::of).ifPresent(orphan -> {
                        Console.info("stopping leftover " + pidFile.getFileName() + " (pid " + orphan.pid() + ")");
                        ChildProcess.stop(orphan, java.time.Duration.ofSeconds(30));
                    });
                    pidFile.toFile().delete();
                });
            } catch (IOException e) {
                Console.error("could not read " + profile.pidDir() + ": " + e.getMessage());
            }
        }
        PostgresServer.stopStale(profile);
        profile.stackFile().toFile().delete();
    }

    private static java.util.Optional<Long> readPid(Path file) {
        try {
            return Files.exists(file) ? java.util.Optional.of(Long.parseLong(Files.readString(file).trim())) : java.util.Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static void closeInReverse(List<AutoCloseable> running) {
        List<AutoCloseable> reversed = new ArrayList<>(running);
        java.util.Collections.reverse(reversed);
        // Apps first, all at once: each only needs the stack, not each other.
        reversed.stream().filter(QuarkusApp.class::isInstance).parallel().forEach(Launcher::closeQuietly);
        reversed.stream().filter(closeable -> !(closeable instanceof QuarkusApp)).forEach(Launcher::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            Console.error("while stopping: " + e.getMessage());
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static void usage() {
        System.out.println("""
                usage: launcher run   [--fresh]                 the whole platform until Ctrl-C
                       launcher stack --profile test [--fresh]  PostgreSQL, Kafka and Keycloak only
                       launcher stop  [--profile run|test]      stop what a launcher started
                       launcher dead-letters export --topic T --file F [--profile run|test | --bootstrap H:P --kafka-config F]
                       launcher dead-letters replay --file F [--profile run|test | --bootstrap H:P --kafka-config F]""");
    }
}
