package dev.helhet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helhet.testing.TestStack;
import dev.helhet.testing.Tokens;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Coordinators created in the test stack's Keycloak through its admin API ({@code bench.asker.07}, password as the
 * demo users', member of the municipality's organization, realm role {@code coordinator}), so that a load comes from
 * many signed-in people, each with a rate-limit bucket of their own at the gateway, as in production.
 */
final class BenchUsers {

    /** A created user: what they sign in with and the subject the services know them by. */
    record BenchUser(String username, String subject) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String admin;
    private final String realm;
    private String adminToken;
    private long adminTokenAt;

    private BenchUsers() {
        this.admin = TestStack.get("keycloak.url");
        this.realm = admin + "/admin/realms/helhet";
    }

    /** {@code count} coordinators of {@code municipality} (an organization alias); existing ones are reused. */
    static List<BenchUser> coordinators(String municipality, int count) throws Exception {
        return new BenchUsers().create(municipality, count);
    }

    private List<BenchUser> create(String municipality, int count) throws Exception {
        JsonNode organization = null;
        for (JsonNode found : get(realm + "/organizations?search=" + municipality)) {
            if (found.path("alias").asText().equals(municipality)) {
                organization = found;
            }
        }
        if (organization == null) {
            throw new IllegalStateException("Keycloak has no organization " + municipality);
        }
        JsonNode coordinatorRole = get(realm + "/roles/coordinator");
        List<BenchUser> users = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            String username = "bench.%s.%02d".formatted(municipality, number);
            String id = idOf(username);
            if (id == null) {
                send(post(realm + "/users", JSON.createObjectNode()
                        .put("username", username).put("enabled", true).put("email", username + "@bench.example").put("emailVerified", true)
                        .put("firstName", "Bench").put("lastName", "Coordinator " + number)
                        .set("credentials", JSON.createArrayNode().add(JSON.createObjectNode()
                                .put("type", "password").put("value", Tokens.DEMO_PASSWORD).put("temporary", false)))), 201);
                id = idOf(username);
                send(post(realm + "/users/" + id + "/role-mappings/realm", JSON.createArrayNode().add(coordinatorRole)), 204);
                send(post(realm + "/organizations/" + organization.get("id").asText() + "/members", JSON.getNodeFactory().textNode(id)), 201);
            }
            users.add(new BenchUser(username, id));
        }
        return users;
    }

    private String idOf(String username) throws Exception {
        JsonNode found = get(realm + "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
        return found.isEmpty() ? null : found.get(0).get("id").asText();
    }

    private JsonNode get(String url) throws Exception {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + adminToken()).GET(), 200));
    }

    private HttpRequest.Builder post(String url, JsonNode body) throws Exception {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }

    private static String send(HttpRequest.Builder request, int expected) throws Exception {
        HttpRequest built = request.build();
        HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(built.method() + " " + built.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The master realm's admin token lives a minute; a fresh one every 30 s. */
    private String adminToken() throws Exception {
        if (adminToken == null || System.nanoTime() - adminTokenAt > 30_000_000_000L) {
            String form = "grant_type=password&client_id=admin-cli&username="
                    + URLEncoder.encode(TestStack.get("keycloak.admin.username"), StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(TestStack.get("keycloak.admin.password"), StandardCharsets.UTF_8);
            adminToken = JSON.readTree(send(HttpRequest.newBuilder(URI.create(admin + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)), 200))
                    .get("access_token").asText();
            adminTokenAt = System.nanoTime();
        }
        return adminToken;
    }
}
