package dev.helhet.participants.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person's place in a programme: from start, through extensions, to an end with a reason. */
@Entity
@Table(name = "programme_enrolment")
public class ProgrammeEnrolment {

    /** The introduction programme should start within this many months of settlement. */
    public static final int INTRODUCTION_START_MONTHS = 3;

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    public UUID participantId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    @Column(nullable = false, updatable = false)
    public Programme programme;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "planned_end_date")
    public LocalDate plannedEndDate;

    /** Introduction programme only: when the person was settled in the municipality. */
    @Column(name = "settlement_date")
    public LocalDate settlementDate;

    @Column(name = "actual_end_date")
    public LocalDate actualEndDate;

    @Column(name = "end_reason")
    public EndReason endReason;

    @Column(name = "end_note")
    public String endNote;

    @Column(name = "enrolled_at", nullable = false, updatable = false)
    public Instant enrolledAt;

    @Column(name = "enrolled_by", nullable = false, updatable = false)
    public String enrolledBy;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "ended_by")
    public String endedBy;

    @Version
    public long version;

    public static ProgrammeEnrolment enrol(Participant participant, Programme programme, LocalDate start, LocalDate plannedEnd,
                                           LocalDate settlement, Instant at, String by) {
        ProgrammeEnrolment enrolment = new ProgrammeEnrolment();
        enrolment.id = UUID.randomUUID();
        enrolment.participantId = participant.id;
        enrolment.municipalityId = participant.municipalityId;
        enrolment.programme = programme;
        enrolment.startDate = start;
        enrolment.plannedEndDate = plannedEnd;
        enrolment.settlementDate = programme == Programme.INTRODUCTION_PROGRAMME ? settlement : null;
        enrolment.enrolledAt = at;
        enrolment.enrolledBy = by;
        return enrolment;
    }

    /** An introduction programme that started more than three months after settlement. */
    public boolean lateStart() {
        return programme == Programme.INTRODUCTION_PROGRAMME && settlementDate != null
                && startDate.isAfter(settlementDate.plusMonths(INTRODUCTION_START_MONTHS));
    }

    public boolean isOpen() {
        return actualEndDate == null;
    }

    public void end(LocalDate on, EndReason reason, String note, Instant at, String by) {
        actualEndDate = on;
        endReason = reason;
        endNote = note == null || note.isBlank() ? null : note.strip();
        endedAt = at;
        endedBy = by;
    }
}
