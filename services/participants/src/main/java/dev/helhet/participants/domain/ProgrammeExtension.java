package dev.helhet.participants.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A later planned end for an enrolment, and why. */
@Entity
@Table(name = "programme_extension")
public class ProgrammeExtension {

    @Id
    public UUID id;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    public UUID enrolmentId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    @Column(name = "previous_planned_end", updatable = false)
    public LocalDate previousPlannedEnd;

    @Column(name = "new_planned_end", nullable = false, updatable = false)
    public LocalDate newPlannedEnd;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    public static ProgrammeExtension of(ProgrammeEnrolment enrolment, LocalDate newPlannedEnd, String reason, Instant at, String by) {
        ProgrammeExtension extension = new ProgrammeExtension();
        extension.id = UUID.randomUUID();
        extension.enrolmentId = enrolment.id;
        extension.municipalityId = enrolment.municipalityId;
        extension.previousPlannedEnd = enrolment.plannedEndDate;
        extension.newPlannedEnd = newPlannedEnd;
        extension.reason = reason.strip();
        extension.recordedAt = at;
        extension.recordedBy = by;
        return extension;
    }
}
