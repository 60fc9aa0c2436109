package dev.helhet.referrals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A transition a rule asks for, for one enrolment of one person: due by a date, then met (by a referral) or cancelled. */
@Entity
@Table(name = "transition_task")
public class TransitionTask {

    /** Where a task stands. */
    public enum Status { DUE, MET, CANCELLED }

    @Id
    public UUID id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    @Column(name = "participant_id", nullable = false, updatable = false)
    public UUID participantId;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    public UUID enrolmentId;

    @Column(nullable = false, updatable = false)
    public TransitionRule rule;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "met_by_referral_id")
    public UUID metByReferralId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;

    public static TransitionTask due(String municipalityId, UUID participantId, UUID enrolmentId, TransitionRule rule, LocalDate dueDate,
                                     Instant at) {
        TransitionTask task = new TransitionTask();
        task.id = UUID.randomUUID();
        task.municipalityId = municipalityId;
        task.participantId = participantId;
        task.enrolmentId = enrolmentId;
        task.rule = rule;
        task.dueDate = dueDate;
        task.status = Status.DUE;
        task.createdAt = at;
        return task;
    }

    public void met(UUID referralId, Instant at) {
        status = Status.MET;
        metByReferralId = referralId;
        closedAt = at;
    }

    public void cancel(Instant at) {
        status = Status.CANCELLED;
        closedAt = at;
    }
}
