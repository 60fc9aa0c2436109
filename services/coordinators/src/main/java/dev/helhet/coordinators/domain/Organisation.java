package dev.helhet.coordinators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A service that takes part in the collaboration: NAV office, refugee service, school, volunteer
 * centre, ... Registered by the admin of its owning municipality ({@code municipalityId}); it may
 * serve several municipalities ({@link OrganisationMunicipality}) and is visible in each.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    public UUID id;

    /** The municipality whose admin registered and maintains the entry. */
    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public OrganisationType type;

    public String phone;
    public String email;
    public String address;

    /** What it offers, in a line or two. */
    @Column(name = "services_offered")
    public String servicesOffered;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
