package dev.helhet.referrals.domain;

import dev.helhet.careaccess.InformationCategory;

import java.util.Set;
import java.util.UUID;

/** What the sending coordinator offers: whom, to which municipality, what her consent lets it have, how she gave it, and words. */
public record NewTransfer(UUID participantId, String toMunicipalityId, Set<InformationCategory> categories, String consentRecordedHow,
                          String note, Handover handover) {
}
