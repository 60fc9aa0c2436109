package dev.helhet.agreements.domain;

import dev.helhet.careaccess.InformationCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A binding agreement of the plan: what, who is responsible ({@link Responsible} and, but for the person, whom), by when,
 * for which goal, in which information category. Its status moves only along {@link ActionStatus#mayBecome}.
 */
@Entity
@Table(name = "action")
public class Action {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;

    @Column(name = "goal_id")
    public UUID goalId;

    /** The meeting whose decision it is, if any. */
    @Column(name = "meeting_id", updatable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public InformationCategory category;

    @Column(name = "responsible_kind", nullable = false)
    public Responsible responsible;

    /** The professional, organisation or network person responsible; null when it is the person. */
    @Column(name = "responsible_id")
    public UUID responsibleId;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(nullable = false)
    public ActionStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    @Column(name = "status_changed_by", nullable = false)
    public String statusChangedBy;

    @Version
    public long version;

    /** What is agreed: what, for which goal (or none), in which category, who carries it out, by when. */
    public record Terms(UUID goalId, String description, InformationCategory category, Responsible responsible, UUID responsibleId,
                        LocalDate dueDate) {
    }

    /** An action agreed on the plan; {@code meetingId} when it is a meeting's decision. */
    public static Action agreed(Plan plan, Terms terms, UUID meetingId, Instant at, String by) {
        Action action = new Action();
        action.id = UUID.randomUUID();
        action.planId = plan.id;
        action.meetingId = meetingId;
        action.agree(terms);
        action.status = ActionStatus.PLANNED;
        action.createdAt = at;
        action.createdBy = by;
        action.statusChangedAt = at;
        action.statusChangedBy = by;
        return action;
    }

    /** Sets what is agreed (also when the action is revised). */
    public final void agree(Terms terms) {
        goalId = terms.goalId();
        description = terms.description().strip();
        category = terms.category();
        responsible = terms.responsible();
        responsibleId = terms.responsible() == Responsible.PERSON ? null : terms.responsibleId();
        dueDate = terms.dueDate();
    }

    /** Moves the action to {@code next}; false (and nothing changed) when it may not go there. */
    public boolean moveTo(ActionStatus next, Instant at, String by) {
        if (!status.mayBecome(next)) {
            return false;
        }
        if (next != status) {
            status = next;
            statusChangedAt = at;
            statusChangedBy = by;
        }
        return true;
    }

    /** Still open and past its due date (a Nordic calendar day). */
    public boolean overdue(LocalDate today) {
        return status.open() && dueDate != null && dueDate.isBefore(today);
    }

    /** Whether one of these professional registrations (a user's) is the one responsible for it. */
    public boolean carriedOutBy(java.util.Set<UUID> professionalIds) {
        return responsible == Responsible.TEAM_MEMBER && responsibleId != null && professionalIds.contains(responsibleId);
    }

    /** Whether the person themself carries it out. */
    public boolean carriedOutByThePerson() {
        return responsible == Responsible.PERSON;
    }
}
