package dev.helhet.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Sends one request many times from a few concurrent clients (closed loop) and reports latency
 * percentiles and throughput. Every response must be 200, or the run fails.
 */
final class LatencyRun {

    /**
     * HTTP/1.1 like most partner clients: the JDK's default (HTTP/2 by upgrade) multiplexes every
     * request onto one connection, which a Vert.x server serves from a single event-loop thread.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Result(String name, int requests, String load, double seconds, long[] nanos) {
        double percentileMillis(double percentile) {
            int index = (int) Math.ceil(percentile / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(index, nanos.length - 1))] / 1e6;
        }

        double perSecond() {
            return requests / seconds;
        }

        String line() {
            return String.format("%-44s n=%-6d %-10s p50=%7.2f ms  p95=%7.2f ms  p99=%7.2f ms  max=%7.2f ms  %7.0f req/s",
                    name, requests, load, percentileMillis(50), percentileMillis(95), percentileMillis(99),
                    nanos[nanos.length - 1] / 1e6, requests / seconds);
        }
    }

    /** A fixed-rate run: one request every {@code 1/rate} seconds, so latency is measured at that load. */
    static Result atRate(String name, String url, Supplier<String> token, int rate, int requests) throws Exception {
        return atRate(name, () -> get(url, token.get()), 200, rate, requests);
    }

    /**
     * A fixed-rate run of any request (an open model: each is sent when due, answered or not); a request answered with
     * another status than {@code expected} fails the run.
     */
    static Result atRate(String name, Supplier<HttpRequest> requestFactory, int expected, int rate, int requests) throws Exception {
        long interval = 1_000_000_000L / rate;
        long[] nanos = new long[requests];
        AtomicInteger failures = new AtomicInteger();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> sent = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                int slot = i;
                HttpRequest request = requestFactory.get();
                sent.add(pool.submit(() -> nanos[slot] = time(request, expected, failures)));
            }
            for (Future<?> future : sent) {
                future.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return finish(name, requests, rate + "/s", seconds, nanos, failures);
        }
    }

    /** A closed-loop run: {@code concurrency} clients, each sending its next request when the last one answered. */
    static Result closedLoop(String name, String url, Supplier<String> token, int concurrency, int requests) throws Exception {
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                workers.add(pool.submit(() -> {
                    int slot;
                    while ((slot = next.getAndIncrement()) < requests) {
                        nanos[slot] = time(get(url, token.get()), 200, failures);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        return finish(name, requests, concurrency + " clients", (System.nanoTime() - start) / 1e9, nanos, failures);
    }

    /**
     * A closed-loop run for a fixed time rather than a fixed count: for comparing the throughput of
     * paths whose costs differ a hundredfold, each given the same seconds of the machine.
     */
    static Result forSeconds(String name, String url, Supplier<String> token, int concurrency, int seconds) throws Exception {
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<long[]> perClient = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<long[]>> workers = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                workers.add(pool.submit(() -> {
                    long[] nanos = new long[1024];
                    int count = 0;
                    while (System.nanoTime() < end) {
                        if (count == nanos.length) {
                            nanos = Arrays.copyOf(nanos, count * 2);
                        }
                        nanos[count++] = time(get(url, token.get()), 200, failures);
                    }
                    return Arrays.copyOf(nanos, count);
                }));
            }
            for (Future<long[]> worker : workers) {
                perClient.add(worker.get());
            }
        }
        long[] nanos = perClient.stream().flatMapToLong(Arrays::stream).toArray();
        return finish(name, nanos.length, concurrency + " clients", (System.nanoTime() - start) / 1e9, nanos, failures);
    }

    /** Several runs of the same load as one, for percentiles over all their requests. */
    static Result merge(String name, List<Result> runs) {
        long[] nanos = runs.stream().flatMapToLong(run -> Arrays.stream(run.nanos())).sorted().toArray();
        return new Result(name, nanos.length, runs.getFirst().load(), runs.stream().mapToDouble(Result::seconds).sum(), nanos);
    }

    private static Result finish(String name, int requests, String load, double seconds, long[] nanos, AtomicInteger failures) {
        if (failures.get() > 0) {
            throw new IllegalStateException(name + ": " + failures.get() + " of " + requests + " requests did not answer as expected");
        }
        Arrays.sort(nanos);
        return new Result(name, requests, load, seconds, nanos);
    }

    private static HttpRequest get(String url, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).GET();
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder.build();
    }

    private static long time(HttpRequest request, int expected, AtomicInteger failures) {
        long started = System.nanoTime();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != expected) {
                failures.incrementAndGet();
            }
        } catch (Exception e) {
            failures.incrementAndGet();
        }
        return System.nanoTime() - started;
    }

    private LatencyRun() {
    }
}
