package dev.helhet.referrals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Services people can be referred to in one municipality: one row each. */
@Entity
@Table(name = "directory_service")
public class DirectoryService {

    @Id
    public UUID id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "provider", nullable = false)
    public String provider;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
