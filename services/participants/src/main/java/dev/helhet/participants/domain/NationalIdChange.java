package dev.helhet.participants.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An identity number added to or changed on a person's record: by whom, when and why, with the
 * numbers masked. The person sees these in their own view, because their own access follows the number.
 */
@Entity
@Table(name = "national_id_change")
public class NationalIdChange {

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    public UUID participantId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    /** Null when the record had no number before. */
    @Column(name = "previous_masked", updatable = false)
    public String previousMasked;

    /** The lookup hash of the number taken off the record, if any: its holder learns of the change at sign-in. */
    @Column(name = "previous_lookup", updatable = false)
    public byte[] previousLookup;

    @Column(name = "new_masked", nullable = false, updatable = false)
    public String newMasked;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;

    /** Subject id of who made the change (pseudonymous). */
    @Column(name = "changed_by", nullable = false, updatable = false)
    public String changedBy;

    public static NationalIdChange of(Participant participant, String previousMasked, byte[] previousLookup, String reason, Instant at,
                                      String by) {
        NationalIdChange change = new NationalIdChange();
        change.id = UUID.randomUUID();
        change.participantId = participant.id;
        change.municipalityId = participant.municipalityId;
        change.previousMasked = previousMasked;
        change.previousLookup = previousLookup;
        change.newMasked = participant.nationalIdMasked;
        change.reason = reason.strip();
        change.changedAt = at;
        change.changedBy = by;
        return change;
    }
}
