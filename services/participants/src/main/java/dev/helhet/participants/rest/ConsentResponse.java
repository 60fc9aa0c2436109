package dev.helhet.participants.rest;

import dev.helhet.careaccess.ConsentStatus;
import dev.helhet.careaccess.InformationCategory;
import dev.helhet.participants.domain.Consent;
import dev.helhet.participants.domain.ConsentChange;
import dev.helhet.participants.domain.RecordLimits;
import dev.helhet.participants.domain.RecordedHow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A consent with its whole history. */
@Schema(name = "Consent")
public record ConsentResponse(
        @Schema(description = "Id of the consent") UUID id,
        @Schema(description = "Who may see the information") ConsentRequests.Receiver receiver,
        @Schema(description = "Which information") Set<InformationCategory> categories,
        @Schema(description = "What it may be used for") String purpose,
        @Schema(description = "Start of validity") Instant validFrom,
        @Schema(description = "End of validity") Instant validTo,
        @Schema(description = "How it was given") RecordedHow recordedHow,
        @Schema(description = "Subject id of who recorded it (pseudonymous)") String recordedBy,
        @Schema(description = "When it was recorded") Instant recordedAt,
        @Schema(description = "active, revoked or expired (computed from valid-to)", enumeration = {"active", "revoked", "expired"})
        ConsentStatus status,
        @Schema(description = "When it was revoked") Instant revokedAt,
        @Schema(description = "Why it was revoked") String revocationReason,
        @Schema(maxItems = RecordLimits.CONSENT_CHANGES, description = "Every change, oldest first") List<Change> history) {

    /** One change of a consent. */
    @Schema(name = "ConsentChange")
    public record Change(
            @Schema(description = "granted, revoked or expired", enumeration = {"granted", "revoked", "expired"}) String change,
            @Schema(description = "When") Instant occurredAt,
            @Schema(description = "user, service or system", enumeration = {"user", "service", "system"}) String actorType,
            @Schema(description = "Why, when a reason was given") String reason) {
    }

    static ConsentResponse of(Consent consent, List<ConsentChange> changes, Instant now) {
        return new ConsentResponse(consent.id, new ConsentRequests.Receiver(consent.receiverType, consent.receiverOrganisationId),
                consent.categories(), consent.purpose, consent.validFrom, consent.validTo, consent.recordedHow, consent.recordedBy,
                consent.recordedAt, consent.statusAt(now), consent.revokedAt, consent.revocationReason,
                changes.stream().filter(change -> change.consentId.equals(consent.id))
                        .map(change -> new Change(change.change, change.occurredAt, change.actorType, change.reason))
                        .toList());
    }
}
