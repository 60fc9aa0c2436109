package dev.helhet.careaccess;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What a consent says, as need-to-know reads it: to whom (one organisation or the whole team), which categories,
 * for which period, and whether it still stands. The one definition of "a consent in effect".
 */
public record ConsentTerms(ReceiverType receiverType, UUID receiverOrganisationId, Set<InformationCategory> categories,
                           ConsentStatus status, Instant validFrom, Instant validTo) {

    public ConsentTerms {
        categories = Set.copyOf(categories);
    }

    /** The status as of {@code now}: a consent past its valid-to is expired even before an expiry job has marked it so. */
    public ConsentStatus statusAt(Instant now) {
        if (status == ConsentStatus.ACTIVE && !validTo.isAfter(now)) {
            return ConsentStatus.EXPIRED;
        }
        return status;
    }

    /** Active and within its period: it opens information now. */
    public boolean inEffect(Instant now) {
        return statusAt(now) == ConsentStatus.ACTIVE && !validFrom.isAfter(now);
    }

    /** Whether it names this organisation, or the whole team (which any team member's organisation is part of). */
    public boolean receivedBy(UUID organisationId) {
        return receiverType == ReceiverType.TEAM || (organisationId != null && organisationId.equals(receiverOrganisationId));
    }
}
