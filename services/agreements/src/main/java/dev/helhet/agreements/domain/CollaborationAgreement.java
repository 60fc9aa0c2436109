package dev.helhet.agreements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Collaboration agreements between services in one municipality: one row each. */
@Entity
@Table(name = "collaboration_agreement")
public class CollaborationAgreement {

    @Id
    public UUID id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "valid_from", nullable = false)
    public java.time.LocalDate validFrom;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
