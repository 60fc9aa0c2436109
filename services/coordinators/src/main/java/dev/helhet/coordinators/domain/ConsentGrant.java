package dev.helhet.coordinators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A consent as the team rules need it: receiver, categories, period, status. Projection of participants events. */
@Entity
@Table(name = "consent_grant")
public class ConsentGrant {

    @Id
    @Column(name = "consent_id")
    public UUID consentId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    /** organisation or team */
    @Column(name = "receiver_type", nullable = false)
    public String receiverType;

    @Column(name = "receiver_organisation_id")
    public UUID receiverOrganisationId;

    /** Category codes, comma-separated. */
    @Column(nullable = false)
    public String categories;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    @Column(name = "valid_to", nullable = false)
    public Instant validTo;

    /** active, revoked or expired */
    @Column(nullable = false)
    public String status;

    /** Whether this consent lets {@code organisationId} see basic information about the person now. */
    public boolean opensBasicInformationTo(UUID organisationId, Instant now) {
        boolean receiver = "team".equals(receiverType) || organisationId.equals(receiverOrganisationId);
        boolean basic = java.util.Arrays.asList(categories.split(",")).contains("basic");
        return "active".equals(status) && receiver && basic && !validFrom.isAfter(now) && validTo.isAfter(now);
    }
}
