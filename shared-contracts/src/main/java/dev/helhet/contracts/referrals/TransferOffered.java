package dev.helhet.contracts.referrals;

import dev.helhet.contracts.IntegrationEvent;

import java.util.List;
import java.util.UUID;

/** The person's coordinator offered to transfer her follow-up to the municipality she moves to, with her consent. */
public record TransferOffered(
        UUID transferId,
        UUID participantId,
        String toMunicipalityId,
        List<String> categories) implements IntegrationEvent {
}
