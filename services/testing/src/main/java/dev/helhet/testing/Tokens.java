package dev.helhet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real access tokens from the test stack's Keycloak: demo users through the dev-only public client
 * {@code helhet-cli} (password grant), the partner through client credentials. Cached until shortly
 * before they expire, so a test class does not sign in for every request.
 */
public final class Tokens {

    public static final String DEMO_PASSWORD = "helhet";
    public static final String PARTNER_CLIENT = "demo-partner";
    public static final String PARTNER_SECRET = "demo-partner-secret";
    /** A second partner client: a NAV-side tool with the client role nav-integration and no organisation. */
    public static final String NAV_CLIENT = "demo-nav";
    public static final String NAV_SECRET = "demo-nav-secret";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A demo user's token for their (single) municipality. */
    public static String user(String username) {
        return user(username, "openid organization");
    }

    /** A demo user's token with an explicit scope, e.g. {@code organization:harstad}. */
    public static String user(String username, String scope) {
        return CACHE.compute("user:" + username + ":" + scope, (key, cached) -> fresh(cached) ? cached : request(form(
                "grant_type", "password",
                "client_id", "helhet-cli",
                "username", username,
                "password", DEMO_PASSWORD,
                "scope", scope))).token();
    }

    /**
     * A demo user's token issued now, not from the cache: for a load or a measurement that must not see it expire
     * halfway (a cached one may have as little as half a minute left).
     */
    public static String issuedNow(String username) {
        return request(form(
                "grant_type", "password",
                "client_id", "helhet-cli",
                "username", username,
                "password", DEMO_PASSWORD,
                "scope", "openid organization")).token();
    }

    /** The demo partner's service-account token (member of Asker, registered for an organisation). */
    public static String partner() {
        return client(PARTNER_CLIENT, PARTNER_SECRET);
    }

    /** The demo NAV-side tool's service-account token (member of Asker, client role nav-integration). */
    public static String navPartner() {
        return client(NAV_CLIENT, NAV_SECRET);
    }

    private static String client(String clientId, String secret) {
        return CACHE.compute("client:" + clientId, (key, cached) -> fresh(cached) ? cached : request(form(
                "grant_type", "client_credentials",
                "client_id", clientId,
                "client_secret", secret,
                "scope", "organization"))).token();
    }

    /** The subject id (sub) of a demo user, as services see it. */
    public static String subject(String username) {
        return claims(user(username)).get("sub").asText();
    }

    /** The claims of a token, decoded without checking (tests only). */
    public static JsonNode claims(String token) {
        try {
            String payload = token.split("\\.")[1];
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(payload));
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable token", e);
        }
    }

    /**
     * A fresh access token from any realm of the test stack's Keycloak (e.g. {@code master}), never
     * cached: for tests that need a token the services must refuse.
     */
    public static String uncached(String realm, String... formPairs) {
        String issuer = TestStack.keycloakIssuer().replaceFirst("/realms/[^/]+$", "/realms/" + realm);
        return request(issuer, form(formPairs)).token();
    }

    /** A token of the test stack's Keycloak administrator (master realm), for tests that look into Keycloak itself. */
    public static String keycloakAdmin() {
        return uncached("master", "grant_type", "password", "client_id", "admin-cli",
                "username", TestStack.get("keycloak.admin.username"), "password", TestStack.get("keycloak.admin.password"));
    }

    /** The raw token endpoint answer for a request, for tests that check refusals. */
    public static HttpResponse<String> tokenEndpoint(Map<String, String> form) {
        return tokenEndpoint(TestStack.keycloakIssuer(), form);
    }

    private static HttpResponse<String> tokenEndpoint(String issuer, Map<String, String> form) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Cached request(Map<String, String> form) {
        return request(TestStack.keycloakIssuer(), form);
    }

    private static Cached request(String issuer, Map<String, String> form) {
        HttpResponse<String> response = tokenEndpoint(issuer, form);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token (" + response.statusCode() + "): " + response.body());
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            return new Cached(body.get("access_token").asText(),
                    Instant.now().plusSeconds(body.get("expires_in").asLong()));
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable token response", e);
        }
    }

    private static boolean fresh(Cached cached) {
        return cached != null && cached.expiresAt().isAfter(Instant.now().plusSeconds(30));
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private record Cached(String token, Instant expiresAt) {
    }
}
