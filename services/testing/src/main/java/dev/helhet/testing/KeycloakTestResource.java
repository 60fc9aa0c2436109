package dev.helhet.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Makes a service verify tokens against the test stack's real Keycloak, as in production. */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.auth-server-url", TestStack.keycloakIssuer(),
                "helhet.keycloak.url", TestStack.get("keycloak.url"));
    }

    @Override
    public void stop() {
        // Keycloak belongs to the test stack
    }
}
