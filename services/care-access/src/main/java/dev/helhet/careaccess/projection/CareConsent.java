package dev.helhet.careaccess.projection;

import dev.helhet.careaccess.ConsentStatus;
import dev.helhet.careaccess.ConsentTerms;
import dev.helhet.careaccess.InformationCategory;
import dev.helhet.careaccess.ReceiverType;
import dev.helhet.common.persistence.CodedEnum;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person's consent as need-to-know reads it — receiver, categories, period, status — in a service that does not
 * hold consents itself. Projection of {@code participants.consent.v1} (db/care-access/consents).
 */
@Entity
@Table(name = "care_consent")
public class CareConsent {

    @Id
    @Column(name = "consent_id")
    public UUID consentId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(name = "receiver_type", nullable = false)
    public ReceiverType receiverType;

    @Column(name = "receiver_organisation_id")
    public UUID receiverOrganisationId;

    /** Category codes, comma-separated; see {@link #terms()}. */
    @Column(nullable = false)
    public String categories;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    @Column(name = "valid_to", nullable = false)
    public Instant validTo;

    @Column(nullable = false)
    public ConsentStatus status;

    /** A consent just given. */
    public static CareConsent granted(UUID consentId, UUID participantId, ReceiverType receiverType, UUID receiverOrganisationId,
                                      List<String> categoryCodes, Instant validFrom, Instant validTo) {
        CareConsent consent = new CareConsent();
        consent.consentId = consentId;
        consent.participantId = participantId;
        consent.receiverType = receiverType;
        consent.receiverOrganisationId = receiverOrganisationId;
        consent.categories = String.join(",", categoryCodes);
        consent.validFrom = validFrom;
        consent.validTo = validTo;
        consent.status = ConsentStatus.ACTIVE;
        return consent;
    }

    /** What the consent says, as need-to-know reads it; a category this build does not know yet opens nothing. */
    public ConsentTerms terms() {
        return new ConsentTerms(receiverType, receiverOrganisationId, CodedEnum.splitKnown(InformationCategory.class, categories),
                status, validFrom, validTo);
    }

    /** The consent is over: revoked by the person or past its period. */
    public void end(ConsentStatus ended) {
        status = ended;
    }
}
