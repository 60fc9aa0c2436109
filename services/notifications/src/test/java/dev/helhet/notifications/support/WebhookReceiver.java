package dev.helhet.notifications.support;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A partner's webhook receiver on this machine (the JDK's HttpServer on loopback): keeps every webhook it is sent, and can be
 * stopped and started again on the same port, as a partner's system that is down for a while.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One webhook as received: its headers (lower-case names) and its raw body. */
    public record Received(Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private int port;
    private HttpServer server;

    private WebhookReceiver() {
    }

    /** A receiver listening on a free loopback port. */
    public static WebhookReceiver started() {
        WebhookReceiver receiver = new WebhookReceiver();
        receiver.listen(0);
        receiver.port = receiver.server.getAddress().getPort();
        return receiver;
    }

    private void listen(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 10);
        } catch (IOException e) {
            throw new IllegalStateException("Could not listen on port " + onPort, e);
        }
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                Map<String, String> headers = new java.util.TreeMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.getFirst()));
                received.add(new Received(headers, new String(body.readAllBytes(), StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    /** Stops listening: connections are refused until {@link #start()}. */
    public void stop() {
        server.stop(0);
    }

    /** Listens again on the same port. */
    public void start() {
        listen(port);
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    /** The first webhook received that matches, waiting up to {@code timeout}. */
    public Optional<Received> await(Predicate<Received> matches, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<Received> found = received.stream().filter(matches).findFirst();
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(100);
        }
        return received.stream().filter(matches).findFirst();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
