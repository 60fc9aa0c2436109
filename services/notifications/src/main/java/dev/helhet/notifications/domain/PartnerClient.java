package dev.helhet.notifications.domain;

import java.util.Set;
import java.util.UUID;

/**
 * A partner system as its token proves it: its OAuth client, the organisation it is registered for (a client attribute
 * in Keycloak, or none) and its client roles. Decides which webhook event types it may be sent.
 */
public record PartnerClient(String clientId, UUID organisationId, Set<String> clientRoles) {

    /** The client role that lets a NAV-side tool hear of transitions due. */
    public static final String NAV_INTEGRATION = "nav-integration";

    public PartnerClient {
        clientRoles = Set.copyOf(clientRoles);
    }

    /** Whether this client may subscribe to the type at all. */
    public boolean mayHear(WebhookEventType type) {
        return switch (type.rule()) {
            case ADDRESSED_TO_ITS_ORGANISATION -> organisationId != null;
            case NAV_INTEGRATION -> clientRoles.contains(NAV_INTEGRATION);
            case ANY_PARTNER -> true;
        };
    }
}
