package dev.helhet.referrals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One step of a referral's life: who took it, when, from which status to which, and why. Never changed. */
@Entity
@Table(name = "referral_step")
public class ReferralTimelineEntry {

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false, updatable = false)
    public UUID referralId;

    @Column(nullable = false, updatable = false)
    public ReferralStep step;

    @Column(name = "from_status", updatable = false)
    public ReferralStatus from;

    @Column(name = "to_status", nullable = false, updatable = false)
    public ReferralStatus to;

    @Column(nullable = false, updatable = false)
    public Instant at;

    /** Who took it (subject). */
    @Column(name = "taken_by", nullable = false, updatable = false)
    public String by;

    /** The side they took it for: the organisation that sent it or the one that received it. */
    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    /** The code of the reason or outcome given with the step, if any. */
    @Column(updatable = false)
    public String code;

    @Column(updatable = false)
    public String note;

    public static ReferralTimelineEntry of(Referral referral, ReferralStep step, ReferralStatus from, UUID organisationId, String code,
                                           String note, Instant at, String by) {
        ReferralTimelineEntry entry = new ReferralTimelineEntry();
        entry.id = UUID.randomUUID();
        entry.referralId = referral.id;
        entry.step = step;
        entry.from = from;
        entry.to = referral.status;
        entry.organisationId = organisationId;
        entry.code = code;
        entry.note = note == null || note.isBlank() ? null : note.strip();
        entry.at = at;
        entry.by = by;
        return entry;
    }
}
