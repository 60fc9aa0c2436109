package dev.helhet.agreements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A formal agreement between services of a municipality on how they work together (refugee service and child welfare,
 * NAV and adult education): its purpose, the routines agreed, how long it holds and when it is to be reviewed. The parties
 * are {@link CollaborationParty} rows.
 */
@Entity
@Table(name = "collaboration_agreement")
public class CollaborationAgreement {

    @Id
    public UUID id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    @Column(nullable = false)
    public String title;

    public String purpose;

    /** The routines agreed, in order ("NAV takes part in the transition meeting six months before the programme ends"). */
    @Column(nullable = false)
    public String[] routines;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "review_date")
    public LocalDate reviewDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** What the parties agree to. */
    public record Terms(String title, String purpose, List<String> routines, LocalDate validFrom, LocalDate validTo, LocalDate reviewDate) {
    }

    public static CollaborationAgreement made(String municipalityId, Terms terms, Instant at, String by) {
        CollaborationAgreement agreement = new CollaborationAgreement();
        agreement.id = UUID.randomUUID();
        agreement.municipalityId = municipalityId;
        agreement.createdAt = at;
        agreement.createdBy = by;
        agreement.agree(terms);
        return agreement;
    }

    /** Sets what is agreed (also when it is revised). */
    public final void agree(Terms terms) {
        title = terms.title().strip();
        purpose = terms.purpose() == null || terms.purpose().isBlank() ? null : terms.purpose().strip();
        routines = terms.routines() == null ? new String[0]
                : terms.routines().stream().map(String::strip).filter(routine -> !routine.isEmpty()).toArray(String[]::new);
        validFrom = terms.validFrom();
        validTo = terms.validTo();
        reviewDate = terms.reviewDate();
    }

    /** In force on that day. */
    public boolean inForce(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /** Its review date has come, and it has not ended. */
    public boolean reviewDue(LocalDate day) {
        return reviewDate != null && !reviewDate.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
