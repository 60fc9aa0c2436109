package dev.helhet.e2e.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Registers people through the gateway at a fixed rate while a fault happens, as an open model: a request is sent on
 * schedule whether or not earlier ones have answered, so a stalled service piles up requests as real callers would.
 * Keeps the id of every acknowledged (201) registration and a count of every other outcome.
 */
final class WriteLoad implements AutoCloseable {

    /**
     * Longer than the gateway's own request timeout (30 s), so that every request gets the platform's answer, a 502 at
     * worst, rather than the load generator's impatience. (With 10 s, one registration sent as PostgreSQL came back went
     * unanswered for more than 10 s: see docs/operations.md, "What the platform survives".)
     */
    private static final Duration TIMEOUT = Duration.ofSeconds(35);
    private static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final int REQUEST_IDS_KEPT = 3;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    /** A few request ids per refusal, so that a refusal nobody expected can be looked up in the services' logs. */
    private final Map<String, Queue<String>> requestIds = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();
    private final String url;
    private final String token;

    private WriteLoad(String gateway, String token) {
        this.url = gateway + "/api/v1/participants";
        this.token = token;
    }

    /** Starts sending {@code perSecond} registrations a second as the holder of {@code token}. */
    static WriteLoad start(String gateway, String token, int perSecond) {
        WriteLoad load = new WriteLoad(gateway, token);
        load.clock.scheduleAtFixedRate(load::send, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
        return load;
    }

    private void send() {
        int number = sent.incrementAndGet();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Fault Load " + number + "\"}"))
                .build();
        inFlight.incrementAndGet();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            try {
                if (failure != null) {
                    count("no answer (" + rootCause(failure).getClass().getSimpleName() + ")");
                } else if (response.statusCode() == 201) {
                    String location = response.headers().firstValue("Location").orElseThrow();
                    acknowledged.add(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
                    count("201");
                } else {
                    String outcome = refusal(response);
                    count(outcome);
                    response.headers().firstValue(REQUEST_ID_HEADER).ifPresent(id -> remember(outcome, id));
                }
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    /**
     * A refusal by its status and problem type ({@code 503 unavailable}), marked when it breaks the platform's promise to
     * callers: a problem+json body, and Retry-After on 429 and 503. A marked one never matches an allowed answer.
     */
    private static String refusal(HttpResponse<String> response) {
        String outcome = Integer.toString(response.statusCode());
        java.util.regex.Matcher type = PROBLEM_TYPE.matcher(response.body());
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json") || !type.find()) {
            return outcome + " (not problem+json)";
        }
        outcome += " " + type.group(1);
        if ((response.statusCode() == 429 || response.statusCode() == 503) && response.headers().firstValue("Retry-After").isEmpty()) {
            outcome += " (no Retry-After)";
        }
        return outcome;
    }

    private static final java.util.regex.Pattern PROBLEM_TYPE = java.util.regex.Pattern.compile("\"type\"\\s*:\\s*\"urn:helhet:problem:([a-z-]+)\"");

    private void remember(String outcome, String requestId) {
        Queue<String> ids = requestIds.computeIfAbsent(outcome, key -> new ConcurrentLinkedQueue<>());
        if (ids.size() < REQUEST_IDS_KEPT) {
            ids.add(requestId);
        }
    }

    private void count(String outcome) {
        outcomes.computeIfAbsent(outcome, key -> new AtomicInteger()).incrementAndGet();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Stops sending and waits for the answers still due; the load's outcome. */
    Outcome stop() {
        clock.shutdownNow();
        long deadline = System.nanoTime() + TIMEOUT.plusSeconds(2).toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        Map<String, Integer> counted = new TreeMap<>();
        outcomes.forEach((outcome, count) -> counted.put(outcome, count.get()));
        Map<String, List<String>> examples = new TreeMap<>();
        requestIds.forEach((outcome, ids) -> examples.put(outcome, List.copyOf(ids)));
        return new Outcome(sent.get(), Set.copyOf(acknowledged), counted, examples);
    }

    @Override
    public void close() {
        clock.shutdownNow();
        http.close();
    }

    /**
     * What the load sent, which registrations were acknowledged, how many answers of each kind came back, and the request
     * ids of a few answers of each kind other than 201.
     */
    record Outcome(int sent, Set<UUID> acknowledged, Map<String, Integer> outcomes, Map<String, List<String>> requestIds) {

        /** Answers other than 201 that are not in {@code allowed}: those a caller could not have been told about in advance. */
        Map<String, Integer> unexpected(Set<String> allowed) {
            Map<String, Integer> unexpected = new TreeMap<>(outcomes);
            unexpected.remove("201");
            unexpected.keySet().removeAll(allowed);
            return unexpected;
        }
    }
}
