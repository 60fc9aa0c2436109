package dev.helhet.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registers the demo partner client for one of the demo organisations (Keycloak's admin API sets the
 * {@code helhet_organisation_id} its tokens carry), as a region's operators do for a real partner: then a referral to
 * that organisation in `make run` reaches the partner's webhook receiver (docs/partners.md, "Webhooks").
 */
final class DemoPartnerOrganisation {

    private static final String CLIENT = "demo-partner";
    private static final String MAPPER = "helhet-organisation";
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String keycloak;

    DemoPartnerOrganisation(StackProfile profile) {
        this.keycloak = profile.keycloakUrl();
    }

    void registerFor(String organisationId) throws IOException, InterruptedException {
        String admin = adminToken();
        String clients = get(admin, "/admin/realms/helhet/clients?clientId=" + CLIENT);
        Matcher client = ID.matcher(clients);
        if (!client.find()) {
            throw new IOException("no Keycloak client " + CLIENT);
        }
        String base = "/admin/realms/helhet/clients/" + client.group(1) + "/protocol-mappers/models";
        String mapperId = mapperId(get(admin, base));
        String body = """
                {"id": "%s", "name": "%s", "protocol": "openid-connect", "protocolMapper": "oidc-hardcoded-claim-mapper",
                 "config": {"claim.name": "helhet_organisation_id", "claim.value": "%s", "jsonType.label": "String",
                            "access.token.claim": "true", "id.token.claim": "false", "userinfo.token.claim": "false",
                            "introspection.token.claim": "true"}}""".formatted(mapperId, MAPPER, organisationId);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(keycloak + base + "/" + mapperId))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 204) {
            throw new IOException("could not set the demo partner's organisation: " + answer.statusCode());
        }
    }

    /** The id of the mapper named {@link #MAPPER} in Keycloak's list: the id that comes before its name in the same entry. */
    private static String mapperId(String mappers) throws IOException {
        List<MatchResult> ids = ID.matcher(mappers).results().toList();
        for (int i = 0; i < ids.size(); i++) {
            int end = i + 1 < ids.size() ? ids.get(i + 1).start() : mappers.length();
            if (mappers.substring(ids.get(i).start(), end).contains("\"" + MAPPER + "\"")) {
                return ids.get(i).group(1);
            }
        }
        throw new IOException("the client " + CLIENT + " has no mapper " + MAPPER);
    }

    private String adminToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + KeycloakServer.ADMIN_USER + "&password=" + KeycloakServer.ADMIN_PASSWORD;
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IOException("no Keycloak admin token: " + answer.statusCode());
        }
        return token.group(1);
    }

    private String get(String token, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(keycloak + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("Keycloak answered " + answer.statusCode() + " to " + path);
        }
        return answer.body();
    }
}
