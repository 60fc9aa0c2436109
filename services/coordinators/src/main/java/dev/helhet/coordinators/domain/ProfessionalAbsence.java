package dev.helhet.coordinators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A professional away from–to, with the named deputy who sees their caseload meanwhile. */
@Entity
@Table(name = "professional_absence")
public class ProfessionalAbsence {

    @Id
    public UUID id;

    @Column(name = "professional_id", nullable = false, updatable = false)
    public UUID professionalId;

    @Column(name = "from_date", nullable = false)
    public LocalDate fromDate;

    @Column(name = "to_date", nullable = false)
    public LocalDate toDate;

    @Column(name = "deputy_id", nullable = false)
    public UUID deputyId;

    public String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    public boolean covers(LocalDate day) {
        return !day.isBefore(fromDate) && !day.isAfter(toDate);
    }

    /** A professional will be away on these days (both included); {@code deputyId} sees their people meanwhile. */
    public static ProfessionalAbsence recorded(UUID professionalId, LocalDate from, LocalDate to, UUID deputyId, String note,
                                               Instant at, String by) {
        ProfessionalAbsence absence = new ProfessionalAbsence();
        absence.id = UUID.randomUUID();
        absence.professionalId = professionalId;
        absence.fromDate = from;
        absence.toDate = to;
        absence.deputyId = deputyId;
        absence.note = note == null || note.isBlank() ? null : note.strip();
        absence.createdAt = at;
        absence.createdBy = by;
        return absence;
    }
}
