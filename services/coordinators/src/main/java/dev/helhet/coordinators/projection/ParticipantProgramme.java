package dev.helhet.coordinators.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** An enrolment as the caseload needs it: programme and planned end. Projection of participants events. */
@Entity
@Table(name = "participant_programme")
public class ParticipantProgramme {

    @Id
    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(nullable = false)
    public String programme;

    @Column(name = "planned_end_date")
    public LocalDate plannedEndDate;

    @Column(nullable = false)
    public boolean ended;

    public static ParticipantProgramme enrolled(UUID enrolmentId, UUID participantId, String programme, LocalDate plannedEndDate) {
        ParticipantProgramme enrolment = new ParticipantProgramme();
        enrolment.enrolmentId = enrolmentId;
        enrolment.participantId = participantId;
        enrolment.programme = programme;
        enrolment.plannedEndDate = plannedEndDate;
        return enrolment;
    }

    public void extendTo(LocalDate plannedEnd) {
        plannedEndDate = plannedEnd;
    }

    public void end() {
        ended = true;
    }
}
