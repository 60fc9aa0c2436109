package dev.helhet.contracts.referrals;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** The sending municipality withdrew its offer before an answer. */
public record TransferWithdrawn(
        UUID transferId,
        UUID participantId,
        String toMunicipalityId) implements IntegrationEvent {
}
