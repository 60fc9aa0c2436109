package dev.helhet.coordinators.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** An action on a person's plan as the caseload needs it: due date, status, who carries it out. Projection of agreements events. */
@Entity
@Table(name = "planned_action")
public class PlannedAction {

    @Id
    @Column(name = "action_id")
    public UUID actionId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    /** person, team-member, organisation or network-person. */
    @Column(name = "responsible_kind", nullable = false)
    public String responsibleKind;

    @Column(name = "responsible_id")
    public UUID responsibleId;

    @Column(name = "due_date")
    public LocalDate dueDate;

    /** planned, in-progress, done or cancelled. */
    @Column(nullable = false)
    public String status;

    public static PlannedAction agreed(UUID actionId, UUID participantId, String responsibleKind, UUID responsibleId, LocalDate dueDate) {
        PlannedAction action = new PlannedAction();
        action.actionId = actionId;
        action.participantId = participantId;
        action.status = "planned";
        action.revise(responsibleKind, responsibleId, dueDate);
        return action;
    }

    /** Given to someone else or re-dated. */
    public final void revise(String kind, UUID id, LocalDate due) {
        responsibleKind = kind;
        responsibleId = id;
        dueDate = due;
    }
}
