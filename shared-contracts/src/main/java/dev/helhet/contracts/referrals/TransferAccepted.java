package dev.helhet.contracts.referrals;

import dev.helhet.contracts.IntegrationEvent;

import java.util.List;
import java.util.UUID;

/** The receiving municipality's team lead accepted: participants makes her record there from what the consent allows, and closes this one as moved. */
public record TransferAccepted(
        UUID transferId,
        UUID participantId,
        String toMunicipalityId,
        List<String> categories) implements IntegrationEvent {
}
