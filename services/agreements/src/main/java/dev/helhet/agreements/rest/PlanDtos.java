package dev.helhet.agreements.rest;

import dev.helhet.agreements.domain.Action;
import dev.helhet.agreements.domain.ActionStatus;
import dev.helhet.agreements.domain.GoalStatus;
import dev.helhet.agreements.domain.PlanLimits;
import dev.helhet.agreements.domain.ProgressNote;
import dev.helhet.agreements.domain.Responsible;
import dev.helhet.agreements.service.ActionService;
import dev.helhet.agreements.service.PlanService;
import dev.helhet.careaccess.InformationCategory;
import dev.helhet.careaccess.LifeArea;
import dev.helhet.common.problem.ProblemException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The plan's requests and answers. */
final class PlanDtos {

    private PlanDtos() {
    }

    @Schema(name = "Plan", description = "The person's shared plan, as far as the caller may see it")
    record PlanResponse(
            @Schema(description = "The person", required = true) UUID participantId,
            @Schema(description = "The person's own goal, in their words; absent when the plan category is not open to the caller")
            String ownGoal,
            @Schema(maxItems = PlanLimits.GOALS, description = "The goals whose category the caller may see", required = true) List<GoalResponse> goals,
            @Schema(maxItems = PlanLimits.ACTIONS, description = "The agreed actions whose category the caller may see, overdue first", required = true)
            List<ActionResponse> actions) {

        static PlanResponse of(PlanService.PlanView plan) {
            return new PlanResponse(plan.participantId(), plan.ownGoal(), plan.goals().stream().map(GoalResponse::of).toList(),
                    plan.actions().stream().map(ActionResponse::of).toList());
        }
    }

    @Schema(name = "Action")
    record ActionResponse(
            @Schema(description = "Id of the action", required = true) UUID id,
            @Schema(description = "The goal it serves, if any") UUID goalId,
            @Schema(description = "The meeting whose decision it is, if any, and if the caller may know of that meeting") UUID meetingId,
            @Schema(description = "What is to be done, as agreed", required = true) String description,
            @Schema(description = "The information category: who on the team sees the action follows from the person's consent",
                    required = true) InformationCategory category,
            @Schema(description = "Who carries it out", required = true) Responsible responsible,
            @Schema(description = "The professional, organisation or network person responsible; absent for the person") UUID responsibleId,
            @Schema(description = "By when") LocalDate dueDate,
            @Schema(description = "planned, in-progress, done or cancelled", required = true) ActionStatus status,
            @Schema(description = "Still open and past its due date", required = true) boolean overdue) {

        static ActionResponse of(ActionService.ActionView view) {
            return new ActionResponse(view.action().id, view.action().goalId, view.meetingShown() ? view.action().meetingId : null,
                    view.action().description, view.action().category,
                    view.action().responsible, view.action().responsibleId, view.action().dueDate, view.action().status, view.overdue());
        }
    }

    @Schema(name = "ActionInput")
    record ActionInput(
            @Schema(description = "The goal it serves, if any") UUID goalId,
            @NotBlank @Size(max = 2000) @Schema(description = "What is to be done, as agreed", required = true,
                    example = "Apply for the work practice place at Asker care home") String description,
            @NotNull @Schema(description = "The information category of the action", required = true, example = "plan")
            InformationCategory category,
            @NotNull @Schema(description = "Who carries it out", required = true, example = "team-member") Responsible responsible,
            @Schema(description = "The professional, organisation or network person responsible (not for the person)")
            UUID responsibleId,
            @Schema(description = "By when", example = "2027-01-15") LocalDate dueDate) {

        /** What is agreed; 400 when whom is named for the person, or nobody for anyone else. */
        Action.Terms terms() {
            if ((responsible == Responsible.PERSON) != (responsibleId == null)) {
                throw ProblemException.invalidField("responsibleId",
                        "name whom for a team member, an organisation or the network person; nobody when it is the person", "required");
            }
            return new Action.Terms(goalId, description, category, responsible, responsibleId, dueDate);
        }
    }

    @Schema(name = "OwnGoal")
    record OwnGoalInput(
            @Size(max = 2000) @Schema(description = "The person's own goal, in their words; empty to clear it",
                    example = "Jeg vil jobbe som helsefagarbeider og klare meg selv") String ownGoal) {
    }

    @Schema(name = "ActionStatusChange")
    record ActionStatusChange(
            @NotNull @Schema(description = "The status the action moves to", required = true, example = "in-progress") ActionStatus status) {
    }

    @Schema(name = "Goal")
    record GoalResponse(
            @Schema(description = "Id of the goal", required = true) UUID id,
            @Schema(description = "The part of life the goal is about", required = true) LifeArea lifeArea,
            @Schema(description = "The information category of the goal: who sees it follows from the person's consent", required = true)
            InformationCategory category,
            @Schema(description = "The goal, in the words agreed with the person", required = true) String description,
            @Schema(description = "proposed, active, achieved, not-achieved or cancelled", required = true) GoalStatus status,
            @Schema(description = "When the goal should be reached") LocalDate targetDate,
            @Schema(maxItems = PlanLimits.PROGRESS_NOTES, description = "Progress over time, oldest first", required = true) List<ProgressResponse> progress,
            @Schema(description = "The goal's version", required = true) long version) {

        static GoalResponse of(PlanService.GoalView view) {
            return new GoalResponse(view.goal().id, view.goal().lifeArea, view.goal().category, view.goal().description,
                    view.goal().status, view.goal().targetDate, view.progress().stream().map(ProgressResponse::of).toList(),
                    view.goal().version);
        }
    }

    @Schema(name = "Progress")
    record ProgressResponse(
            @Schema(description = "Id of the note", required = true) UUID id,
            @Schema(description = "The person's own rating, 1–10") Integer rating,
            @Schema(description = "What happened, in a few words") String note,
            @Schema(description = "When it was recorded", required = true) Instant recordedAt) {

        static ProgressResponse of(ProgressNote note) {
            return new ProgressResponse(note.id, note.rating, note.note, note.recordedAt);
        }
    }

    @Schema(name = "GoalInput")
    record GoalInput(
            @NotNull @Schema(description = "The part of life the goal is about", required = true, example = "work") LifeArea lifeArea,
            @NotNull @Schema(description = "The information category: who on the team sees the goal follows from the person's consent",
                    required = true, example = "plan") InformationCategory category,
            @NotBlank @Size(max = 2000) @Schema(description = "The goal, in the words agreed with the person", required = true,
                    example = "Get a job in the health sector") String description,
            @Schema(description = "When the goal should be reached", example = "2027-06-30") LocalDate targetDate) {
    }

    @Schema(name = "GoalRevision")
    record GoalRevision(
            @NotBlank @Size(max = 2000) @Schema(description = "The goal, in the words agreed with the person", required = true)
            String description,
            @Schema(description = "When the goal should be reached") LocalDate targetDate,
            @NotNull @Schema(description = "The status it stays in or moves to", required = true, example = "active") GoalStatus status) {
    }

    @Schema(name = "ProgressInput", description = "A rating, a note or both")
    record ProgressInput(
            @Min(1) @Max(10) @Schema(description = "The person's own rating, 1–10", example = "6") Integer rating,
            @Size(max = 2000) @Schema(description = "What happened, in a few words", example = "Started language practice at the care home")
            String note) {
    }
}
