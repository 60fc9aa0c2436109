package dev.helhet.coordinators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A professional: a Keycloak user (by subject id) with a profession, languages and organisation memberships. */
@Entity
@Table(name = "professional")
public class Professional {

    @Id
    public UUID id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    /** The Keycloak user's subject id: how a signed-in professional is recognised. */
    @Column(nullable = false, updatable = false)
    public String subject;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String profession;

    public String email;
    public String phone;

    /** Language tags, comma-separated. */
    @Column(nullable = false)
    public String languages;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public List<String> languageTags() {
        return languages == null || languages.isBlank() ? List.of() : List.of(languages.split(","));
    }
}
