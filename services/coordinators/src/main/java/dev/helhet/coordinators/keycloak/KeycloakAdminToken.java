package dev.helhet.coordinators.keycloak;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Clock;
import java.time.Instant;

/**
 * The bearer value for Keycloak's admin API, from this service's client credentials; kept until shortly
 * before it expires, so a registration does not fetch a token every time.
 */
@ApplicationScoped
public class KeycloakAdminToken {

    private record Cached(String bearer, Instant renewAt) {
    }

    private final KeycloakAdminApi keycloak;
    private final String realm;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private volatile Cached cached;

    public KeycloakAdminToken(@RestClient KeycloakAdminApi keycloak,
                              @ConfigProperty(name = "helhet.keycloak.realm") String realm,
                              @ConfigProperty(name = "helhet.keycloak.admin-client-id") String clientId,
                              @ConfigProperty(name = "helhet.keycloak.admin-client-secret") String clientSecret,
                              Clock clock) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    /** {@code Bearer <token>}. */
    public Uni<String> bearer() {
        Cached current = cached;
        if (current != null && clock.instant().isBefore(current.renewAt())) {
            return Uni.createFrom().item(current.bearer());
        }
        return keycloak.token(realm, "client_credentials", clientId, clientSecret).map(token -> {
            Cached fresh = new Cached("Bearer " + token.accessToken(), clock.instant().plusSeconds(Math.max(0, token.expiresIn() - 30)));
            cached = fresh;
            return fresh.bearer();
        });
    }

    public String realm() {
        return realm;
    }
}
