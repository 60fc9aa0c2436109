package dev.helhet.agreements.rest.paper;

import dev.helhet.agreements.domain.Action;
import dev.helhet.agreements.domain.Goal;
import dev.helhet.agreements.domain.ProgressNote;
import dev.helhet.agreements.service.ActionService.ActionView;
import dev.helhet.agreements.service.PlanService.GoalView;
import dev.helhet.agreements.service.PlanService.PlanView;

import java.time.Instant;
import java.util.List;

/**
 * The goal-and-agreement sheet: the person's own goal, the goals by life area with the latest rating, the actions with who
 * does what by when, and lines for the person and the coordinator to sign. Only what the viewer may see reaches it.
 */
public final class PlanSheet {

    private PlanSheet() {
    }

    public static byte[] render(PlanView plan, PaperLanguage language, Instant printedAt) {
        try (PaperWriter paper = new PaperWriter()) {
            paper.title(language.text("plan.title")).subtitle(language.text("plan.subtitle"));
            if (plan.ownGoal() != null) {
                paper.heading(language.text("plan.ownGoal")).paragraph(plan.ownGoal());
            }
            paper.heading(language.text("plan.goals"));
            if (plan.goals().isEmpty()) {
                paper.paragraph(language.text("plan.none"));
            }
            for (GoalView view : plan.goals()) {
                Goal goal = view.goal();
                paper.space(3).strong(language.text("area." + goal.lifeArea.code()) + ": " + goal.description);
                String status = language.text("status." + goal.status.code());
                paper.detail(goal.targetDate == null ? status : status + " · " + language.text("goal.target", language.date(goal.targetDate)));
                latestRating(view.progress()).ifPresent(note -> paper.detail(language.text("goal.rating", note.rating,
                        language.date(dev.helhet.common.time.NordicTime.dateOf(note.recordedAt)))));
            }
            paper.heading(language.text("plan.actions"));
            if (plan.actions().isEmpty()) {
                paper.paragraph(language.text("plan.none"));
            }
            actions(paper, plan.actions(), language);
            paper.space(12).paragraph(language.text("sign.intro"))
                    .signatures(List.of(language.text("sign.person"), language.text("sign.coordinator")), language.text("sign.date"));
            return paper.finish(language.text("footer", language.dateTime(printedAt)), (page, of) -> language.text("page", page, of));
        }
    }

    /** The actions, each with who carries it out, by when and where it stands. */
    static void actions(PaperWriter paper, List<ActionView> actions, PaperLanguage language) {
        for (ActionView view : actions) {
            Action action = view.action();
            String due = action.dueDate == null ? language.text("action.noDue") : language.date(action.dueDate);
            String status = language.text("status." + action.status.code()) + (view.overdue() ? " (" + language.text("action.overdue") + ")" : "");
            paper.space(3).bullet(action.description)
                    .detail(language.text("action.line", language.text("responsible." + action.responsible.code()), due, status));
        }
    }

    private static java.util.Optional<ProgressNote> latestRating(List<ProgressNote> progress) {
        return progress.stream().filter(note -> note.rating != null).reduce((earlier, later) -> later);
    }
}
