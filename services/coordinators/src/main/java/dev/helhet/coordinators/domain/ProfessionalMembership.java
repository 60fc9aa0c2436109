package dev.helhet.coordinators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** That a professional works for an organisation. */
@Entity
@Table(name = "professional_membership")
@IdClass(ProfessionalMembership.Key.class)
public class ProfessionalMembership {

    @Id
    @Column(name = "professional_id")
    public UUID professionalId;

    @Id
    @Column(name = "organisation_id")
    public UUID organisationId;

    public static ProfessionalMembership of(UUID professionalId, UUID organisationId) {
        ProfessionalMembership membership = new ProfessionalMembership();
        membership.professionalId = professionalId;
        membership.organisationId = organisationId;
        return membership;
    }

    /** Composite key. */
    public record Key(UUID professionalId, UUID organisationId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
