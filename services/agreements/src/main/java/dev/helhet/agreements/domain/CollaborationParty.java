package dev.helhet.agreements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A party to a collaboration agreement: an organisation serving the municipality, and its contact person (a professional). */
@Entity
@Table(name = "collaboration_party")
public class CollaborationParty {

    @Id
    public UUID id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    public UUID agreementId;

    @Column(nullable = false, updatable = false)
    public int position;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    @Column(name = "contact_professional_id", updatable = false)
    public UUID contactProfessionalId;

    public static CollaborationParty of(CollaborationAgreement agreement, int position, UUID organisationId, UUID contactProfessionalId) {
        CollaborationParty party = new CollaborationParty();
        party.id = UUID.randomUUID();
        party.agreementId = agreement.id;
        party.position = position;
        party.organisationId = organisationId;
        party.contactProfessionalId = contactProfessionalId;
        return party;
    }
}
