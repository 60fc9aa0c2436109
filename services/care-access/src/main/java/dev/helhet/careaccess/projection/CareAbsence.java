package dev.helhet.careaccess.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A professional away, and the deputy who sees their people meanwhile. Projection of the coordinators service's events. */
@Entity
@Table(name = "care_absence")
public class CareAbsence {

    @Id
    @Column(name = "absence_id")
    public UUID absenceId;

    @Column(name = "professional_id", nullable = false)
    public UUID professionalId;

    @Column(name = "deputy_id", nullable = false)
    public UUID deputyId;

    @Column(name = "from_date", nullable = false)
    public LocalDate fromDate;

    @Column(name = "to_date", nullable = false)
    public LocalDate toDate;
}
