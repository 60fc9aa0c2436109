package dev.helhet.referrals.rest;

import dev.helhet.careaccess.InformationCategory;
import dev.helhet.careaccess.LifeArea;
import dev.helhet.referrals.domain.FailureReason;
import dev.helhet.referrals.domain.Handover;
import dev.helhet.referrals.domain.NewReferral;
import dev.helhet.referrals.domain.Referral;
import dev.helhet.referrals.domain.ReferralOutcome;
import dev.helhet.referrals.domain.ReferralStatus;
import dev.helhet.referrals.domain.ReferralStep;
import dev.helhet.referrals.domain.ReferralTimelineEntry;
import dev.helhet.referrals.domain.RejectionReason;
import dev.helhet.referrals.domain.StepDetails;
import dev.helhet.referrals.service.ReferralService;
import dev.helhet.referrals.service.ReferralService.ReferralView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The referrals' requests and answers. */
final class ReferralDtos {

    private static final String LANGUAGE = "[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*";

    private ReferralDtos() {
    }

    @Schema(name = "ReferralInput")
    record ReferralInput(
            @NotNull @Schema(description = "The person referred", required = true) UUID participantId,
            @NotNull @Schema(description = "The directory service referred to (one serving the person's municipality)", required = true)
            UUID serviceId,
            @Schema(description = "Which of the sender's organisations sends it; left out: the one they are on the person's team for,"
                    + " or coordinate the person for, or their only one")
            UUID fromOrganisationId,
            @Schema(description = "The goal of the person's plan it serves, if any") UUID goalId,
            @NotBlank @Size(max = 2000) @Schema(description = "Why the person is referred: what the receiver reads before answering",
                    required = true, example = "Ønsker norskopplæring på kveldstid ved siden av arbeidspraksis") String reason,
            @Size(max = 7) @Schema(description = "The information categories shared with the receiving organisation (basic always);"
                    + " the person's consent must cover each for that organisation", example = "[\"basic\", \"education\"]")
            List<@NotNull InformationCategory> categories,
            @Valid @Schema(description = "What the receiver learns once they have accepted") HandoverInput handover,
            @Schema(description = "Send it now (true), or keep it as a draft to send later (false, the default)", example = "true")
            Boolean send) {

        NewReferral toNew() {
            EnumSet<InformationCategory> shared = EnumSet.of(InformationCategory.BASIC);
            if (categories != null) {
                shared.addAll(categories);
            }
            return new NewReferral(participantId, serviceId, fromOrganisationId, goalId, reason, shared,
                    handover == null ? new Handover(null, null, List.of(), false, null, List.of(), List.of()) : handover.toHandover(),
                    Boolean.TRUE.equals(send));
        }
    }

    @Schema(name = "HandoverInput", description = "What the person has already told, so that they need not tell it twice")
    record HandoverInput(
            @Size(max = 4000) @Schema(description = "The sender's summary of the person's situation", example = "Har fullført A2, ønsker B1 før jobbstart")
            String summary,
            @Size(max = 2000) @Schema(description = "What matters to the person, in their words") String whatMattersToMe,
            @Size(max = 10) @Schema(description = "The languages the person prefers (language codes)", example = "[\"so\", \"nb\"]")
            List<@NotBlank @Pattern(regexp = LANGUAGE) String> languages,
            @Schema(description = "Whether the person needs an interpreter", example = "true") Boolean interpreterNeeded,
            @Pattern(regexp = LANGUAGE) @Schema(description = "The language to interpret into", example = "so") String interpreterLanguage,
            @Size(max = 50) @Schema(description = "Goals of the person's plan shared (each in a category shared)") List<@NotNull @Valid SharedGoalInput> goals,
            @Size(max = 100) @Schema(description = "Open actions of the person's plan shared (each in a category shared)")
            List<@NotNull @Valid SharedActionInput> actions) {

        Handover toHandover() {
            return new Handover(blankToNull(summary), blankToNull(whatMattersToMe),
                    languages == null ? List.of() : languages.stream().map(language -> language.toLowerCase(Locale.ROOT)).distinct().toList(),
                    Boolean.TRUE.equals(interpreterNeeded), interpreterLanguage == null ? null : interpreterLanguage.toLowerCase(Locale.ROOT),
                    goals == null ? List.of() : goals.stream().map(SharedGoalInput::toGoal).toList(),
                    actions == null ? List.of() : actions.stream().map(SharedActionInput::toAction).toList());
        }
    }

    @Schema(name = "SharedGoal", description = "A goal of the person's plan as it stood when the referral was written")
    record SharedGoalInput(
            @Schema(description = "The goal on the plan, if it is one") UUID goalId,
            @NotNull @Schema(description = "The part of life it is about", required = true, example = "language") LifeArea lifeArea,
            @NotNull @Schema(description = "Its information category", required = true, example = "education") InformationCategory category,
            @NotBlank @Size(max = 2000) @Schema(description = "The goal in words", required = true, example = "Bestå norskprøve B1") String description,
            @Size(max = 40) @Schema(description = "Its status on the plan", example = "active") String status,
            @Schema(description = "By when", example = "2027-06-30") LocalDate targetDate) {

        Handover.SharedGoal toGoal() {
            return new Handover.SharedGoal(goalId, lifeArea, category, description.strip(), blankToNull(status), targetDate);
        }

        static SharedGoalInput of(Handover.SharedGoal goal) {
            return new SharedGoalInput(goal.goalId(), goal.lifeArea(), goal.category(), goal.description(), goal.status(), goal.targetDate());
        }
    }

    @Schema(name = "SharedAction", description = "An open action of the person's plan as it stood when the referral was written")
    record SharedActionInput(
            @Schema(description = "The action on the plan, if it is one") UUID actionId,
            @NotNull @Schema(description = "Its information category", required = true, example = "plan") InformationCategory category,
            @NotBlank @Size(max = 2000) @Schema(description = "What is to be done", required = true, example = "Søke kveldskurs") String what,
            @Size(max = 40) @Schema(description = "Its status on the plan", example = "planned") String status,
            @Schema(description = "By when", example = "2027-01-15") LocalDate dueDate) {

        Handover.SharedAction toAction() {
            return new Handover.SharedAction(actionId, category, what.strip(), blankToNull(status), dueDate);
        }

        static SharedActionInput of(Handover.SharedAction action) {
            return new SharedActionInput(action.actionId(), action.category(), action.what(), action.status(), action.dueDate());
        }
    }

    @Schema(name = "ReferralStepInput", description = "What comes with a step: `reason` to reject or fail, `outcome` to complete")
    record StepInput(
            @Size(max = 40) @Schema(description = "Rejecting: no-capacity, not-eligible, wrong-service, declined-by-person, already-served or"
                    + " other; failing: did-not-attend, declined-by-person, could-not-deliver, moved or other", example = "no-capacity")
            String reason,
            @Size(max = 40) @Schema(description = "Completing: delivered, partly-delivered or continued-elsewhere", example = "delivered")
            String outcome,
            @Size(max = 2000) @Schema(description = "Words for the other side (required with the reason other)",
                    example = "Fullt til mars; vi tar kontakt når det blir plass") String note) {

        StepDetails details() {
            return new StepDetails(reason, outcome, note);
        }
    }

    @Schema(name = "Handover", description = "What the receiver learns once they have accepted")
    record HandoverResponse(
            @Schema(description = "The sender's summary of the person's situation") String summary,
            @Schema(description = "What matters to the person, in their words") String whatMattersToMe,
            @Schema(maxItems = 10, description = "The languages the person prefers", required = true) List<String> languages,
            @Schema(description = "Whether the person needs an interpreter", required = true) boolean interpreterNeeded,
            @Schema(description = "The language to interpret into") String interpreterLanguage,
            @Schema(maxItems = 50, description = "Goals of the plan shared", required = true) List<SharedGoalInput> goals,
            @Schema(maxItems = 100, description = "Open actions of the plan shared", required = true) List<SharedActionInput> actions) {

        static HandoverResponse of(Handover handover) {
            return handover == null ? null : new HandoverResponse(handover.summary(), handover.whatMattersToMe(), handover.languages(),
                    handover.interpreterNeeded(), handover.interpreterLanguage(), handover.goals().stream().map(SharedGoalInput::of).toList(),
                    handover.actions().stream().map(SharedActionInput::of).toList());
        }
    }

    @Schema(name = "ReferralParty", description = "A directory service or an organisation, by id and name")
    record Party(@Schema(description = "Its id", required = true) UUID id, @Schema(description = "Its name", required = true) String name) {
    }

    @Schema(name = "ReferralStepTaken", description = "One step of the referral's life")
    record TimelineEntry(
            @Schema(description = "The step", required = true) ReferralStep step,
            @Schema(description = "The status before (absent for its making)") ReferralStatus from,
            @Schema(description = "The status after", required = true) ReferralStatus to,
            @Schema(description = "When", required = true) Instant at,
            @Schema(description = "The organisation whose professional took it", required = true) UUID organisationId,
            @Schema(description = "Whether the caller took it", required = true) boolean byYou,
            @Schema(description = "The reason or outcome code given with it") String code,
            @Schema(description = "The words given with it") String note) {
    }

    @Schema(name = "Referral", description = "A referral as the caller's side sees it")
    record ReferralResponse(
            @Schema(description = "Id of the referral", required = true) UUID id,
            @Schema(description = "The person referred", required = true) UUID participantId,
            @Schema(description = "Where it stands", required = true) ReferralStatus status,
            @Schema(description = "The service referred to", required = true) Party service,
            @Schema(description = "The organisation that sent it", required = true) Party sendingOrganisation,
            @Schema(description = "The organisation of the service", required = true) Party receivingOrganisation,
            @Schema(description = "The goal of the person's plan it serves, if any") UUID goalId,
            @Schema(description = "Why the person is referred, in the sender's words", required = true) String reason,
            @Schema(uniqueItems = true, description = "The information categories it shares", required = true) List<InformationCategory> categories,
            @Schema(description = "The side the caller is on: sender or receiver", required = true, enumeration = {"sender", "receiver"})
            String yourSide,
            @Schema(uniqueItems = true, description = "The steps the caller's side can take now", required = true) List<ReferralStep> allowedSteps,
            @Schema(description = "When it was written", required = true) Instant createdAt,
            @Schema(description = "When it was sent") Instant requestedAt,
            @Schema(description = "When the receiving service answered") Instant answeredAt,
            @Schema(description = "The day by which an answer is due (working days of the municipality's country)") LocalDate answerDueBy,
            @Schema(description = "When it closed (rejected, completed, failed or cancelled)") Instant closedAt,
            @Schema(description = "The professional who accepted it for the receiving service") UUID receivingProfessionalId,
            @Schema(description = "Why it was rejected") RejectionReason rejectionReason,
            @Schema(description = "What came of it") ReferralOutcome outcome,
            @Schema(description = "Why the service could not be delivered") FailureReason failureReason,
            @Schema(description = "The words reported back with the outcome, failure, rejection or cancellation") String closingNote,
            @Schema(description = "What needs attention: no-answer (past the working days allowed), waiting-longer-than-stated",
                    required = true, maxItems = 2, uniqueItems = true) List<String> flags,
            @Schema(description = "The handover: to the sender, and to the receiver once they have accepted; absent otherwise")
            HandoverResponse handover,
            @Schema(maxItems = ReferralService.MOST_STEPS, description = "The steps so far, oldest first (one referral read at a time; empty in lists)", required = true)
            List<TimelineEntry> timeline,
            @Schema(description = "The version, changed by every step", required = true) long version) {

        static ReferralResponse of(ReferralView view, String subject) {
            Referral referral = view.referral();
            return new ReferralResponse(referral.id, referral.participantId, referral.status, new Party(referral.serviceId, referral.serviceName),
                    party(view, referral.sendingOrganisationId), party(view, referral.receivingOrganisationId), referral.goalId, referral.reason,
                    referral.sharedCategories().stream().sorted().toList(), view.side().name().toLowerCase(Locale.ROOT), view.allowedSteps(),
                    referral.createdAt, referral.requestedAt, referral.answeredAt, view.answerDueBy(), referral.closedAt,
                    referral.receivingProfessionalId, referral.rejectionReason, referral.outcome, referral.failureReason, referral.closingNote,
                    view.flags(), HandoverResponse.of(view.handover()),
                    view.timeline().stream().map(entry -> timelineEntry(entry, subject)).toList(), referral.version);
        }

        private static Party party(ReferralView view, UUID organisationId) {
            return new Party(organisationId, view.organisationNames().getOrDefault(organisationId, ""));
        }

        private static TimelineEntry timelineEntry(ReferralTimelineEntry entry, String subject) {
            return new TimelineEntry(entry.step, entry.from, entry.to, entry.at, entry.organisationId, entry.by.equals(subject), entry.code, entry.note);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
