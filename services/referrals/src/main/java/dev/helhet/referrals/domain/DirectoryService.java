package dev.helhet.referrals.domain;

import dev.helhet.careaccess.LifeArea;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A service a person can be referred to (Open Referral HSDS: a service of an organisation): what it offers and to whom,
 * in which languages, for which parts of life, how long one waits, how to reach it, and the municipalities it serves.
 * Kept by the municipality that registered it ({@code municipalityId}).
 */
@Entity
@Table(name = "directory_service")
public class DirectoryService {

    @Id
    public UUID id;

    /** The municipality that registered the entry and keeps it. */
    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    @Column(nullable = false)
    public String name;

    /** The provider's name as written when the entry was made (before organisations came from the registry). */
    @Column(nullable = false)
    public String provider;

    /** The registry organisation that provides it. */
    @Column(name = "organisation_id")
    public UUID organisationId;

    public String description;

    /** Who it is for, in words. */
    public String eligibility;

    /** The languages it is given in (ISO 639-1/BCP 47 codes). */
    @Column(nullable = false)
    public String[] languages;

    /** The parts of life it helps with (LifeArea codes). */
    @Column(name = "life_areas", nullable = false)
    public String[] lifeAreas;

    /** The usual wait before it starts, in days. */
    @Column(name = "waiting_days")
    public Integer waitingDays;

    public String phone;

    public String email;

    @Column(name = "opening_hours")
    public String openingHours;

    @Column(name = "served_municipality_ids", nullable = false)
    public String[] servedMunicipalityIds;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** What the entry says of the service. */
    public record Details(UUID organisationId, String name, String description, String eligibility, List<String> languages,
                          List<LifeArea> lifeAreas, Integer waitingDays, String phone, String email, String openingHours,
                          List<String> servedMunicipalityIds) {
    }

    public static DirectoryService registered(String municipalityId, String providerName, Details details, Instant at) {
        DirectoryService service = new DirectoryService();
        service.id = UUID.randomUUID();
        service.municipalityId = municipalityId;
        service.createdAt = at;
        service.describe(providerName, details);
        return service;
    }

    /** Sets what the entry says (also when it is changed). */
    public final void describe(String providerName, Details details) {
        organisationId = details.organisationId();
        provider = providerName;
        name = details.name().strip();
        description = text(details.description());
        eligibility = text(details.eligibility());
        languages = details.languages() == null ? new String[0]
                : details.languages().stream().map(language -> language.strip().toLowerCase(java.util.Locale.ROOT)).distinct().toArray(String[]::new);
        lifeAreas = details.lifeAreas() == null ? new String[0] : details.lifeAreas().stream().map(LifeArea::code).distinct().toArray(String[]::new);
        waitingDays = details.waitingDays();
        phone = text(details.phone());
        email = text(details.email());
        openingHours = text(details.openingHours());
        servedMunicipalityIds = details.servedMunicipalityIds().stream().distinct().toArray(String[]::new);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
