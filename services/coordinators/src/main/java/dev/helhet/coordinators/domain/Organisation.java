package dev.helhet.coordinators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Organisations of one municipality: one row each. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    public UUID id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "type", nullable = false)
    public String type;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
