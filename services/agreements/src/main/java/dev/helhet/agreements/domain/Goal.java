package dev.helhet.agreements.domain;

import dev.helhet.careaccess.InformationCategory;
import dev.helhet.careaccess.LifeArea;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A goal of the plan, in one life area, with the category of information it is (a team member sees it only when the
 * person's consent opens that category to their organisation). Its status moves only along {@link GoalStatus#mayBecome}.
 */
@Entity
@Table(name = "goal")
public class Goal {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;

    @Column(name = "life_area", nullable = false)
    public LifeArea lifeArea;

    @Column(nullable = false)
    public InformationCategory category;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public GoalStatus status;

    @Column(name = "target_date")
    public LocalDate targetDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    @Version
    public long version;

    /** A goal proposed for the plan. */
    public static Goal proposed(Plan plan, LifeArea lifeArea, InformationCategory category, String description, LocalDate targetDate,
                                Instant at, String by) {
        Goal goal = new Goal();
        goal.id = UUID.randomUUID();
        goal.planId = plan.id;
        goal.lifeArea = lifeArea;
        goal.category = category;
        goal.description = description.strip();
        goal.status = GoalStatus.PROPOSED;
        goal.targetDate = targetDate;
        goal.createdAt = at;
        goal.createdBy = by;
        goal.statusChangedAt = at;
        return goal;
    }

    /** Rewords the goal and moves it to {@code next}; false (and nothing changed) when the status may not go there. */
    public boolean revise(String newDescription, LocalDate newTargetDate, GoalStatus next, Instant at) {
        if (!status.mayBecome(next)) {
            return false;
        }
        description = newDescription.strip();
        targetDate = newTargetDate;
        if (next != status) {
            status = next;
            statusChangedAt = at;
        }
        return true;
    }
}
