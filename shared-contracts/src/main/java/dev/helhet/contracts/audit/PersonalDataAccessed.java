package dev.helhet.contracts.audit;

import dev.helhet.contracts.IntegrationEvent;

import java.util.List;
import java.util.UUID;

/** Someone read or changed a person's personal data, or was refused. Written by every service; kept append-only by the participants service, where the person can read it. */
public record PersonalDataAccessed(
        UUID participantId,
        String service,
        String resource,
        String action,
        String outcome,
        String purpose,
        List<String> actorRoles,
        String requestId) implements IntegrationEvent {
}
