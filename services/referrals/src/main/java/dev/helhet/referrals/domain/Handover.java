package dev.helhet.referrals.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.helhet.careaccess.InformationCategory;
import dev.helhet.careaccess.LifeArea;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What the receiving service learns once it has accepted, so that the person need not tell their story twice: the
 * sender's summary, what matters to the person, language and interpreter need (all {@code basic}), and the goals and
 * open actions of the plan the sender chose to share, each in its information category.
 */
public record Handover(String summary, String whatMattersToMe, List<String> languages, boolean interpreterNeeded,
                       String interpreterLanguage, List<SharedGoal> goals, List<SharedAction> actions) {

    /** A goal of the person's plan, as it stood when the referral was sent. */
    public record SharedGoal(UUID goalId, LifeArea lifeArea, InformationCategory category, String description, String status,
                             LocalDate targetDate) {
    }

    /** An open action of the person's plan, as it stood when the referral was sent. */
    public record SharedAction(UUID actionId, InformationCategory category, String what, String status, LocalDate dueDate) {
    }

    public Handover {
        languages = languages == null ? List.of() : List.copyOf(languages);
        goals = goals == null ? List.of() : List.copyOf(goals);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** Every information category the handover holds something of. */
    public java.util.Set<InformationCategory> categories() {
        java.util.Set<InformationCategory> used = java.util.EnumSet.of(InformationCategory.BASIC);
        goals.forEach(goal -> used.add(goal.category()));
        actions.forEach(action -> used.add(action.category()));
        return used;
    }

    /** The path of the first item not in the categories shared ({@code handover.goals[0].category}); null when all are. */
    public String firstOutside(java.util.Set<InformationCategory> shared) {
        for (int i = 0; i < goals.size(); i++) {
            if (!shared.contains(goals.get(i).category())) {
                return "handover.goals[" + i + "].category";
            }
        }
        for (int i = 0; i < actions.size(); i++) {
            if (!shared.contains(actions.get(i).category())) {
                return "handover.actions[" + i + "].category";
            }
        }
        return null;
    }

    /** Only what lies in the categories {@code open} admits (the basic part only when basic is open). */
    public Handover restrictedTo(Predicate<InformationCategory> open) {
        boolean basic = open.test(InformationCategory.BASIC);
        return new Handover(basic ? summary : null, basic ? whatMattersToMe : null, basic ? languages : List.of(),
                basic && interpreterNeeded, basic ? interpreterLanguage : null,
                goals.stream().filter(goal -> open.test(goal.category())).toList(),
                actions.stream().filter(action -> open.test(action.category())).toList());
    }

    /** Kept as JSON in one column: the handover is read and written whole, never queried into. */
    @Converter
    public static class AsJson implements AttributeConverter<Handover, String> {

        private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

        @Override
        public String convertToDatabaseColumn(Handover handover) {
            try {
                return handover == null ? null : JSON.writeValueAsString(handover);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A handover could not be written as JSON (" + e.getClass().getSimpleName() + ")");
            }
        }

        @Override
        public Handover convertToEntityAttribute(String json) {
            try {
                return json == null ? null : JSON.readValue(json, Handover.class);
            } catch (JsonProcessingException e) {
                // Not the cause: its message quotes the stored text, which is personal data.
                throw new IllegalStateException("A stored handover could not be read (" + e.getClass().getSimpleName() + ")");
            }
        }
    }
}
