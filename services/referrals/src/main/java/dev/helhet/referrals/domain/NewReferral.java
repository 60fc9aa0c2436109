package dev.helhet.referrals.domain;

import dev.helhet.careaccess.InformationCategory;

import java.util.Set;
import java.util.UUID;

/**
 * What the sender writes: for whom, to which directory service, from which of their organisations (null: their only
 * one), for which goal, why, which categories it shares, the handover, and whether to send it now or keep a draft.
 */
public record NewReferral(UUID participantId, UUID serviceId, UUID fromOrganisationId, UUID goalId, String reason,
                          Set<InformationCategory> categories, Handover handover, boolean send) {
}
