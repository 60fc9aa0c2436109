package dev.helhet.bench;

import dev.helhet.local.App;
import dev.helhet.local.QuarkusApp;
import dev.helhet.local.StackProfile;
import dev.helhet.testing.Tokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Boot time and memory per application: started one after the other (those before it running, idle), timed from the
 * process's start to its first successful authenticated answer, and its resident set size read from
 * {@code /proc/<pid>/status} at rest and again after the other benchmarks. Also times the same boots with a JDK 25 AOT
 * cache (JEP 483/514), the one boot lever that needs no change to the code.
 */
final class BootBench {

    static final double BOOT_TARGET_SECONDS = 3;
    static final long RSS_AT_REST_TARGET_MIB = 200;
    private static final Duration SETTLE = Duration.ofSeconds(10);
    private static final Duration TRAINING_EXIT = Duration.ofMinutes(3);
    /** JEP 514's one-step training ({@code -XX:AOTCacheOutput}) came with JDK 25. */
    private static final int AOT_CACHE_JDK = 25;
    private static final int AOT_ROUNDS = 3;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofMillis(500)).build();

    /** An authenticated read each application answers 200 to, and whose token. */
    private record FirstAnswer(String user, String path) {
    }

    private static final Map<String, FirstAnswer> FIRST_ANSWERS = Map.of(
            "participants", new FirstAnswer("asker.coordinator", "/api/v1/participants?size=1"),
            "coordinators", new FirstAnswer("asker.coordinator", "/api/v1/coordinators/organisations"),
            "agreements", new FirstAnswer("asker.coordinator", "/api/v1/agreements/collaboration-agreements"),
            "referrals", new FirstAnswer("asker.coordinator", "/api/v1/referrals/services"),
            "statistics", new FirstAnswer("asker.admin", "/api/v1/statistics/indicators"),
            // Through the gateway to the participants service, which is already up when the gateway starts.
            "gateway", new FirstAnswer("asker.coordinator", "/api/v1/participants?size=1"));

    /** One application's boot: seconds to its first authenticated answer, and its RSS then. */
    record Boot(String app, double seconds, long rssMiB) {
    }

    /** The running applications, in start order, with how long each took to boot. */
    record Fleet(List<QuarkusApp> apps, List<Boot> boots) implements AutoCloseable {

        /** Each application's resident set size now, in MiB. */
        Map<String, Long> rss() {
            Map<String, Long> rss = new LinkedHashMap<>();
            apps.forEach(app -> rss.put(app.app().name(), rssMiB(app.pid())));
            return rss;
        }

        /** Replaces one running application by a fresh one with other settings; ready when this returns. */
        void restart(App app, StackProfile profile, Map<String, String> overrides) {
            int index = apps.stream().map(running -> running.app().name()).toList().indexOf(app.name());
            apps.get(index).close();
            apps.set(index, QuarkusApp.start(app, profile, overrides).awaitReady());
        }

        @Override
        public void close() {
            apps.forEach(QuarkusApp::close);
        }
    }

    private BootBench() {
    }

    /** Starts {@code apps} one by one, each timed to its first authenticated answer; the caller closes the fleet. */
    static Fleet startTimed(List<App> apps, StackProfile profile, Map<String, Map<String, String>> overrides, List<String> jvmOptions) {
        List<QuarkusApp> started = new ArrayList<>();
        List<Boot> boots = new ArrayList<>();
        try {
            for (App app : apps) {
                FirstAnswer first = FIRST_ANSWERS.get(app.name());
                HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + first.path()))
                        .header("Authorization", "Bearer " + Tokens.issuedNow(first.user())).timeout(Duration.ofSeconds(5)).GET().build();
                long start = System.nanoTime();
                QuarkusApp running = QuarkusApp.start(app, profile, overrides.getOrDefault(app.name(), Map.of()), jvmOptions);
                started.add(running);
                awaitFirstAnswer(running, request);
                double seconds = (System.nanoTime() - start) / 1e9;
                boots.add(new Boot(app.name(), seconds, rssMiB(running.pid())));
            }
        } catch (RuntimeException e) {
            started.forEach(QuarkusApp::close);
            throw e;
        }
        return new Fleet(started, boots);
    }

    /** Prints the boots and the RSS at rest (after a settling pause); answers whether both targets were met. */
    static boolean reportAtRest(Fleet fleet) throws InterruptedException {
        Thread.sleep(SETTLE.toMillis());
        Map<String, Long> atRest = fleet.rss();
        System.out.println();
        System.out.println("Boot and memory — the applications started one after the other, each timed to its first authenticated 200");
        boolean met = true;
        for (Boot boot : fleet.boots()) {
            long rest = atRest.get(boot.app());
            System.out.printf("  %-14s boot %5.2f s   RSS at first answer %4d MiB, at rest %4d MiB%n", boot.app(), boot.seconds(), boot.rssMiB(), rest);
            met &= boot.seconds() <= BOOT_TARGET_SECONDS && rest <= RSS_AT_REST_TARGET_MIB;
        }
        System.out.printf("%n  target: every boot <= %.0f s and RSS at rest <= %d MiB -> %s%n%n", BOOT_TARGET_SECONDS, RSS_AT_REST_TARGET_MIB,
                met ? "MET" : "MISSED");
        return met;
    }

    /** Prints each application's RSS after the benchmarks beside its RSS at rest. */
    static void reportAfterLoad(Fleet fleet) {
        System.out.println("Memory after the benchmarks");
        fleet.rss().forEach((app, mib) -> System.out.printf("  %-14s RSS %4d MiB%n", app, mib));
        System.out.println();
    }

    /**
     * The AOT cache lever: for each application a training run (started, answered once, stopped, which writes the cache
     * on exit), then a boot timed with the cache. Printed beside the plain boots; informative, not a target.
     */
    static void compareAotCache(List<App> apps, StackProfile profile, Map<String, Map<String, String>> overrides, Path cacheDir)
            throws Exception {
        if (Runtime.version().feature() < AOT_CACHE_JDK) {
            System.out.printf("Boot with a JDK AOT cache: skipped, it needs JDK %d (this is %s)%n%n", AOT_CACHE_JDK, Runtime.version());
            return;
        }
        Files.createDirectories(cacheDir);
        System.out.printf("Boot with a JDK AOT cache (-XX:AOTCache, trained by one start and first answer), each application alone;"
                + " medians of %d boots each, plain and cached alternating%n", AOT_ROUNDS);
        for (App app : apps) {
            Path cache = cacheDir.resolve(app.name() + ".aot");
            Files.deleteIfExists(cache);
            try (Fleet training = startTimed(List.of(app), profile, overrides, List.of("-XX:AOTCacheOutput=" + cache))) {
                // The JVM writes the cache as it exits; with the Kafka consumers leaving their groups first that takes
                // 30-40 s, longer than a plain stop waits before it kills.
                ProcessHandle jvm = ProcessHandle.of(training.apps().getFirst().pid()).orElseThrow();
                jvm.destroy();
                jvm.onExit().get(TRAINING_EXIT.toSeconds(), TimeUnit.SECONDS);
            }
            if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
                throw new IllegalStateException("the training run of " + app.name() + " wrote no AOT cache to " + cache);
            }
            // The same conditions for both: this application alone, nothing else starting or settling. AOTMode=on makes
            // an unusable cache fail the start instead of quietly timing a plain boot.
            double[] plain = new double[AOT_ROUNDS];
            double[] cached = new double[AOT_ROUNDS];
            for (int round = 0; round < AOT_ROUNDS; round++) {
                plain[round] = bootAlone(app, profile, overrides, List.of());
                cached[round] = bootAlone(app, profile, overrides, List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache));
            }
            double without = median(plain);
            double with = median(cached);
            System.out.printf("  %-14s boot %5.2f s with the cache, %5.2f s without (%+.0f %%)   cache %,d MiB%n",
                    app.name(), with, without, (with / without - 1) * 100, Files.size(cache) >> 20);
        }
        System.out.println();
    }

    private static double bootAlone(App app, StackProfile profile, Map<String, Map<String, String>> overrides, List<String> jvmOptions) {
        try (Fleet alone = startTimed(List.of(app), profile, overrides, jvmOptions)) {
            return alone.boots().getFirst().seconds();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static void awaitFirstAnswer(QuarkusApp app, HttpRequest request) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException(app.app().name() + " exited before its first answer:\n" + app.tail(30));
            }
            try {
                last = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (last == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                last = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(app.app().name() + " gave no authenticated 200 within 2 minutes (last status " + last + ")");
    }

    private static long rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
                }
            }
            throw new IllegalStateException("no VmRSS for process " + pid);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the memory of process " + pid, e);
        }
    }
}
