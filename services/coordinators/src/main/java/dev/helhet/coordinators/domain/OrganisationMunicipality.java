package dev.helhet.coordinators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** That an organisation serves a municipality (and is visible there). */
@Entity
@Table(name = "organisation_municipality")
@IdClass(OrganisationMunicipality.Key.class)
public class OrganisationMunicipality {

    @Id
    @Column(name = "organisation_id")
    public UUID organisationId;

    @Id
    @Column(name = "municipality_id")
    public String municipalityId;

    public static OrganisationMunicipality of(UUID organisationId, String municipalityId) {
        OrganisationMunicipality link = new OrganisationMunicipality();
        link.organisationId = organisationId;
        link.municipalityId = municipalityId;
        return link;
    }

    /** Composite key. */
    public record Key(UUID organisationId, String municipalityId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
