package dev.helhet.gateway;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A stand-in upstream for the gateway's routing test: answers with what it received (method, path,
 * whether a bearer token and request id arrived, and the body), or hangs up on {@code .../hang-up}, or takes 1.5 s on {@code .../slow}; and a referrals
 * service that is down. The real services are behind the gateway in the end-to-end test.
 */
public class EchoUpstreamResource implements QuarkusTestResourceLifecycleManager {

    /** How many requests reached {@code .../slow}: admission control must keep refused ones from getting here. */
    static final java.util.concurrent.atomic.AtomicInteger SLOW_REQUESTS = new java.util.concurrent.atomic.AtomicInteger();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().endsWith("/slow")) {
                SLOW_REQUESTS.incrementAndGet();
                sleep(); // one request at a time (this server has one thread): a service at its limit
            }
            if (exchange.getRequestURI().getPath().endsWith("/hang-up")) {
                exchange.close(); // the connection ends without an answer, as when a service dies mid-request
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String answer = """
                    {"method": "%s", "path": "%s", "bearer": %s, "requestId": "%s", "forwardedHost": "%s", "municipality": "%s",
                     "cookie": "%s", "bodyLength": %d, "body": %s}"""
                    .formatted(exchange.getRequestMethod(), exchange.getRequestURI(),
                            authorization != null && authorization.startsWith("Bearer "),
                            exchange.getRequestHeaders().getFirst("X-Request-Id"),
                            exchange.getRequestHeaders().getFirst("X-Forwarded-Host"),
                            exchange.getRequestHeaders().getFirst("X-Helhet-Municipality"),
                            exchange.getRequestHeaders().getFirst("Cookie"),
                            body.length(), body.isEmpty() ? "null" : body);
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        String echo = "http://localhost:" + server.getAddress().getPort();
        return Map.of("helhet.gateway.upstream.participants", echo, "helhet.gateway.upstream.statistics", echo,
                "helhet.gateway.upstream.referrals", "http://localhost:" + closedPort());
    }

    private static void sleep() {
        try {
            Thread.sleep(1_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A port nothing listens on: a service that is down. */
    private static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
