package dev.helhet.contracts.referrals;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** The receiving municipality's team lead declined the transfer. */
public record TransferDeclined(
        UUID transferId,
        UUID participantId,
        String toMunicipalityId) implements IntegrationEvent {
}
