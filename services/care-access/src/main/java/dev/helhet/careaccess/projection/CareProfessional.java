package dev.helhet.careaccess.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A professional as need-to-know needs them: their subject and organisations. Projection of the coordinators service's events. */
@Entity
@Table(name = "care_professional")
public class CareProfessional {

    @Id
    @Column(name = "professional_id")
    public UUID professionalId;

    @Column(nullable = false)
    public String subject;

    /** Comma-separated organisation ids. */
    @Column(name = "organisation_ids", nullable = false)
    public String organisationIds;
}
