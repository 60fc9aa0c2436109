package dev.helhet.participants.domain;

import dev.helhet.careaccess.ConsentStatus;
import dev.helhet.careaccess.ConsentTerms;
import dev.helhet.careaccess.InformationCategory;
import dev.helhet.careaccess.ReceiverType;
import dev.helhet.common.persistence.CodedEnum;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The person's consent to lift confidentiality: explicit (receiver × categories × purpose), time-limited
 * (valid from/to) and revocable. Never deleted; its history is in {@link ConsentChange}.
 */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    public UUID participantId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    @Column(name = "receiver_type", nullable = false, updatable = false)
    public ReceiverType receiverType;

    @Column(name = "receiver_organisation_id", updatable = false)
    public UUID receiverOrganisationId;

    /** Category codes, comma-separated; see {@link #categories()}. */
    @Column(name = "categories", nullable = false, updatable = false)
    public String categoryCodes;

    @Column(nullable = false, updatable = false)
    public String purpose;

    @Column(name = "valid_from", nullable = false, updatable = false)
    public Instant validFrom;

    @Column(name = "valid_to", nullable = false, updatable = false)
    public Instant validTo;

    @Column(name = "recorded_how", nullable = false, updatable = false)
    public RecordedHow recordedHow;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    // No field initialisers in entities: Hibernate's enhanced dirty tracking would see them as changes on every load.
    @Column(nullable = false)
    public ConsentStatus status;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @Column(name = "expired_at")
    public Instant expiredAt;

    @Version
    public long version;

    public Set<InformationCategory> categories() {
        return CodedEnum.split(InformationCategory.class, categoryCodes);
    }

    public void setCategories(Set<InformationCategory> categories) {
        categoryCodes = CodedEnum.join(categories);
    }

    /** What the consent says, as need-to-know reads it. */
    public ConsentTerms terms() {
        return new ConsentTerms(receiverType, receiverOrganisationId, categories(), status, validFrom, validTo);
    }

    /** The status as of {@code now}: a consent past its valid-to is expired even before the expiry job has run. */
    public ConsentStatus statusAt(Instant now) {
        return terms().statusAt(now);
    }

    /** A consent the person gives now (recorded by {@code by}, digitally or on their behalf), in effect from {@code from}. */
    public static Consent given(UUID participantId, String municipalityId, ReceiverType receiverType, UUID receiverOrganisationId,
                                Set<InformationCategory> categories, String purpose, Instant from, Instant to, RecordedHow recordedHow,
                                String by, Instant at) {
        Consent consent = new Consent();
        consent.id = UUID.randomUUID();
        consent.participantId = participantId;
        consent.municipalityId = municipalityId;
        consent.receiverType = receiverType;
        consent.receiverOrganisationId = receiverOrganisationId;
        consent.setCategories(categories);
        consent.purpose = purpose.strip();
        consent.validFrom = from;
        consent.validTo = to;
        consent.recordedHow = recordedHow;
        consent.recordedBy = by;
        consent.recordedAt = at;
        consent.status = ConsentStatus.ACTIVE;
        return consent;
    }

    public void revoke(String reason, Instant at, String by) {
        status = ConsentStatus.REVOKED;
        revocationReason = reason.strip();
        revokedAt = at;
        revokedBy = by;
    }

    public void expire(Instant at) {
        status = ConsentStatus.EXPIRED;
        expiredAt = at;
    }
}
