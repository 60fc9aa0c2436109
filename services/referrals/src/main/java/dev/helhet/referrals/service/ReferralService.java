package dev.helhet.referrals.service;

import dev.helhet.careaccess.InformationCategory;
import dev.helhet.careaccess.repository.CareFactsRepository;
import dev.helhet.careaccess.repository.CareOrganisations;
import dev.helhet.careaccess.service.CareAccess;
import dev.helhet.common.input.Codes;
import dev.helhet.common.input.CollectionLimit;
import dev.helhet.common.outbox.EventPublisher;
import dev.helhet.common.problem.Problem;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.contracts.IntegrationEvent;
import dev.helhet.contracts.referrals.ReferralAccepted;
import dev.helhet.contracts.referrals.ReferralCancelled;
import dev.helhet.contracts.referrals.ReferralCompleted;
import dev.helhet.contracts.referrals.ReferralFailed;
import dev.helhet.contracts.referrals.ReferralPutOnHold;
import dev.helhet.contracts.referrals.ReferralRejected;
import dev.helhet.contracts.referrals.ReferralRequested;
import dev.helhet.contracts.referrals.ReferralResumed;
import dev.helhet.contracts.referrals.ReferralStarted;
import dev.helhet.referrals.domain.FailureReason;
import dev.helhet.referrals.domain.Handover;
import dev.helhet.referrals.domain.NewReferral;
import dev.helhet.referrals.domain.Referral;
import dev.helhet.referrals.domain.ReferralOutcome;
import dev.helhet.referrals.domain.ReferralStatus;
import dev.helhet.referrals.domain.ReferralStep;
import dev.helhet.referrals.domain.ReferralStep.Side;
import dev.helhet.referrals.domain.ReferralTimelineEntry;
import dev.helhet.referrals.domain.RejectionReason;
import dev.helhet.referrals.domain.StepDetails;
import dev.helhet.referrals.repository.DirectoryServiceRepository;
import dev.helhet.referrals.repository.ReferralRepository;
import dev.helhet.referrals.service.ReferralAccess.Seen;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The referral's lifecycle: written and sent by whoever keeps the person's case, answered, carried out and reported
 * back on by the receiving service; each step recorded with who, when and why, and published. A referral goes out only
 * while the person's consent lets the receiving organisation see every category it shares.
 */
@ApplicationScoped
public class ReferralService {

    /** A referral as one side sees it, with its timeline, the organisations' names, when an answer is due and its flags. */
    public record ReferralView(Referral referral, Side side, Handover handover, List<ReferralStep> allowedSteps,
                               List<ReferralTimelineEntry> timeline, Map<UUID, String> organisationNames, LocalDate answerDueBy,
                               List<String> flags) {
    }

    private final ReferralAccess access;
    private final ReferralRepository referrals;
    private final ServiceDirectory directory;
    private final DirectoryServiceRepository services;
    private final CareAccess careAccess;
    private final CareFactsRepository facts;
    private final CareOrganisations organisations;
    private final ReferralConsent consent;
    private final ReferralRules rules;
    private final Transitions transitions;
    private final EventPublisher events;
    private final Clock clock;

    public ReferralService(ReferralAccess access, ReferralRepository referrals, ServiceDirectory directory, DirectoryServiceRepository services,
                           CareAccess careAccess, CareFactsRepository facts, CareOrganisations organisations, ReferralConsent consent,
                           ReferralRules rules, Transitions transitions, EventPublisher events, Clock clock) {
        this.access = access;
        this.referrals = referrals;
        this.directory = directory;
        this.services = services;
        this.careAccess = careAccess;
        this.facts = facts;
        this.organisations = organisations;
        this.consent = consent;
        this.rules = rules;
        this.transitions = transitions;
        this.events = events;
        this.clock = clock;
    }

    /** Writes a referral (a draft, or sent at once): the caller must see the person and every category shared. */
    @WithTransaction
    public Uni<ReferralView> create(Caller caller, NewReferral input) {
        return careAccess.open(caller, input.participantId(), "referral", "create").flatMap(opened -> {
            Set<InformationCategory> shared = EnumSet.of(InformationCategory.BASIC);
            shared.addAll(input.categories());
            for (InformationCategory category : shared) {
                if (!opened.decided().sees(category)) {
                    throw ProblemException.invalidField("categories", "you may not see " + category.code()
                            + " information about the person, so you cannot share it", "not-yours-to-share");
                }
            }
            requireHandoverWithin(input.handover(), shared);
            return directory.serving(opened.municipalityId(), input.serviceId())
                    .flatMap(service -> {
                        if (service.organisationId == null) {
                            throw ProblemException.invalidField("serviceId", "the entry names no provider of the registry to send it to", "no-provider");
                        }
                        return sendingOrganisation(caller, opened, input.fromOrganisationId()).flatMap(from -> {
                            Instant now = clock.instant();
                            Referral referral = Referral.drafted(opened.participantId(), opened.municipalityId(), service, from, input.goalId(),
                                    input.reason(), shared, input.handover(), now, caller.subject());
                            return referrals.persist(referral)
                                    .call(saved -> referrals.record(ReferralTimelineEntry.of(saved, ReferralStep.CREATE, null, from, null, null, now,
                                            caller.subject())));
                        });
                    })
                    .flatMap(referral -> input.send()
                            ? take(caller, new Seen(referral, Side.SENDER, opened.decided(), Set.of(Side.SENDER)), ReferralStep.REQUEST, StepDetails.NONE)
                            : Uni.createFrom().item(referral))
                    .flatMap(referral -> view(new Seen(referral, Side.SENDER, opened.decided(), Set.of(Side.SENDER))));
        });
    }

    /** The referral as the caller's side sees it; the handover only to the sender, and to the receiver once accepted. */
    @WithTransaction
    public Uni<ReferralView> get(Caller caller, UUID referralId) {
        return access.read(caller, referralId).flatMap(this::view);
    }

    /** Takes a step of the lifecycle (409 naming the allowed ones when it may not be taken from where the referral stands). */
    @WithTransaction
    public Uni<ReferralView> step(Caller caller, UUID referralId, ReferralStep step, StepDetails details) {
        return access.forStep(caller, referralId, step)
                .flatMap(seen -> take(caller, seen, step, details).replaceWith(seen))
                .flatMap(this::view);
    }

    /** The most steps one referral takes, creation included: far more than holds and resumptions ever need. */
    public static final int MOST_STEPS = 100;
    private static final CollectionLimit STEPS_OF_A_REFERRAL = new CollectionLimit("referral's timeline", MOST_STEPS);

    private Uni<Referral> take(Caller caller, Seen seen, ReferralStep step, StepDetails details) {
        Referral referral = seen.referral();
        if (!step.allowedFrom(referral.status)) {
            List<String> allowed = ReferralStep.allowed(referral.status, seen.side()).stream().map(ReferralStep::code).toList();
            throw new ProblemException(Problem.of(ReferralsProblems.STEP_NOT_ALLOWED, "A referral that is " + referral.status.code()
                    + " cannot " + step.code() + (allowed.isEmpty() ? "; nothing more can be done on your side" : "; it can " + String.join(", ", allowed)))
                    .with("status", referral.status.code()).with("allowedSteps", allowed));
        }
        String code = reasonFor(step, referral, details);
        Uni<Void> ready = switch (step) {
            case REQUEST -> consent.require(referral);
            case ACCEPT -> consent.require(referral).chain(() -> facts.professionalFor(caller.subject(), referral.receivingOrganisationId))
                    .invoke(professional -> {
                        if (professional == null) {
                            throw new ProblemException(Problem.of(ReferralsProblems.STEP_NOT_YOURS,
                                    "You are not registered as a professional of the receiving organisation; ask your municipality admin"));
                        }
                        referral.receivingProfessionalId = professional;
                    }).replaceWithVoid();
            case RESUME -> {
                if (referral.heldFrom == null) {
                    throw new ProblemException(ProblemType.CONFLICT, "The referral does not say where it was held from; ask support");
                }
                yield Uni.createFrom().voidItem();
            }
            default -> Uni.createFrom().voidItem();
        };
        // Steps on one referral are serialised by its version, so counting first keeps the limit.
        return ready.chain(() -> referrals.timelineCount(referral.id)).invoke(STEPS_OF_A_REFERRAL::admitOneMore).flatMap(held -> {
            ReferralStatus from = referral.status;
            Instant now = clock.instant();
            referral.take(step, now);
            if (step == ReferralStep.COMPLETE || step == ReferralStep.FAIL || step == ReferralStep.REJECT || step == ReferralStep.CANCEL) {
                referral.closingNote = details.note() == null || details.note().isBlank() ? null : details.note().strip();
            }
            return referrals.record(ReferralTimelineEntry.of(referral, step, from, seen.organisationId(), code, details.note(), now, caller.subject()))
                    .chain(() -> events.publish(eventOf(referral, step, from), referral.municipalityId, referral.participantId.toString(), caller.actor()))
                    .chain(() -> step == ReferralStep.ACCEPT ? transitions.accepted(referral) : Uni.createFrom().voidItem())
                    .replaceWith(referral);
        });
    }

    /** The reason or outcome a step requires, checked and set on the referral; its code for the timeline. */
    private static String reasonFor(ReferralStep step, Referral referral, StepDetails details) {
        return switch (step) {
            case REJECT -> {
                RejectionReason reason = required(RejectionReason.class, details.reason(), "reason");
                requireNoteFor(reason == RejectionReason.OTHER, details);
                referral.rejectionReason = reason;
                yield reason.code();
            }
            case FAIL -> {
                FailureReason reason = required(FailureReason.class, details.reason(), "reason");
                requireNoteFor(reason == FailureReason.OTHER, details);
                referral.failureReason = reason;
                yield reason.code();
            }
            case COMPLETE -> {
                ReferralOutcome outcome = required(ReferralOutcome.class, details.outcome(), "outcome");
                referral.outcome = outcome;
                yield outcome.code();
            }
            default -> null;
        };
    }

    private static <E extends Enum<E> & dev.helhet.common.persistence.CodedEnum> E required(Class<E> type, String code, String field) {
        E parsed = Codes.parse(type, code, field);
        if (parsed == null) {
            throw ProblemException.invalidField(field, (field.equals("outcome") ? "say what came of it" : "say why") + ": one of " + String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(dev.helhet.common.persistence.CodedEnum::code).toList()), "required");
        }
        return parsed;
    }

    private static void requireNoteFor(boolean other, StepDetails details) {
        if (other && (details.note() == null || details.note().isBlank())) {
            throw ProblemException.invalidField("note", "say in words what the other reason is", "required");
        }
    }

    /** 400 {@code not-shared} naming the first item of the handover in a category the referral or transfer does not share. */
    static void requireHandoverWithin(Handover handover, Set<InformationCategory> shared) {
        String outside = handover == null ? null : handover.firstOutside(shared);
        if (outside != null) {
            throw ProblemException.invalidField(outside, "not among the categories shared", "not-shared");
        }
    }

    /**
     * The organisation the caller sends for: the one named (they must work for it); otherwise the one they are on the
     * person's team for, or the one they coordinate the person for, or their only one.
     */
    private Uni<UUID> sendingOrganisation(Caller caller, CareAccess.Opened opened, UUID named) {
        return facts.organisationsOf(caller.subject()).flatMap(mine -> {
            if (named != null) {
                if (!mine.contains(named)) {
                    throw ProblemException.invalidField("fromOrganisationId", "you do not work for this organisation", "not-a-member");
                }
                return Uni.createFrom().item(named);
            }
            UUID member = opened.decided().memberOrganisation();
            if (member != null && mine.contains(member)) {
                return Uni.createFrom().item(member);
            }
            return facts.coordinatorOrganisationOf(opened.participantId()).map(home -> {
                if (home != null && mine.contains(home)) {
                    return home;
                }
                if (mine.size() != 1) {
                    throw ProblemException.invalidField("fromOrganisationId", mine.isEmpty()
                            ? "you are not registered as working for any organisation" : "say which of your organisations sends it", "required");
                }
                return mine.iterator().next();
            });
        });
    }

    /** The steps the caller may take now, on every side they act for, in lifecycle order. */
    private static List<ReferralStep> allowedFor(Referral referral, Set<Side> acting) {
        return java.util.Arrays.stream(ReferralStep.values())
                .filter(step -> acting.contains(step.side()) && step.allowedFrom(referral.status)).toList();
    }

    private static IntegrationEvent eventOf(Referral referral, ReferralStep step, ReferralStatus from) {
        UUID id = referral.id;
        UUID person = referral.participantId;
        UUID receiver = referral.receivingOrganisationId;
        return switch (step) {
            case REQUEST -> new ReferralRequested(id, person, referral.serviceId, referral.sendingOrganisationId, receiver, referral.goalId,
                    referral.sharedCategories().stream().map(InformationCategory::code).sorted().toList());
            case ACCEPT -> new ReferralAccepted(id, person, referral.serviceId, receiver, referral.receivingProfessionalId);
            case REJECT -> new ReferralRejected(id, person, receiver, referral.rejectionReason.code());
            case START -> new ReferralStarted(id, person, receiver);
            case HOLD -> new ReferralPutOnHold(id, person, receiver);
            case RESUME -> new ReferralResumed(id, person, receiver, referral.status.code());
            case COMPLETE -> new ReferralCompleted(id, person, receiver, referral.outcome.code());
            case FAIL -> new ReferralFailed(id, person, receiver, referral.failureReason.code());
            case CANCEL -> new ReferralCancelled(id, person, receiver, from.code());
            case CREATE -> throw new IllegalArgumentException("A draft is not published");
        };
    }

    /**
     * Whoever need-to-know admits sees the handover within the categories they see; a receiver only from acceptance on,
     * within the categories the person's consent still opens to the receiving organisation.
     */
    private Uni<Handover> handoverFor(Seen seen) {
        Referral referral = seen.referral();
        if (seen.decided() != null) {
            return Uni.createFrom().item(referral.handover.restrictedTo(seen.decided()::sees));
        }
        boolean accepted = referral.status.takenOn() || referral.status == ReferralStatus.COMPLETED || referral.status == ReferralStatus.FAILED;
        return !accepted ? Uni.createFrom().nullItem() : consent.covered(referral).map(covered -> referral.handover.restrictedTo(covered::contains));
    }

    private Uni<ReferralView> view(Seen seen) {
        Referral referral = seen.referral();
        return handoverFor(seen).flatMap(handover -> referrals.timeline(referral.id).flatMap(timeline -> rules.of(referral.municipalityId)
                .flatMap(settings -> services.find(referral.serviceId).flatMap(service -> organisations.names(
                                List.of(referral.sendingOrganisationId, referral.receivingOrganisationId))
                        .map(names -> new ReferralView(referral, seen.side(), handover, allowedFor(referral, seen.acting()),
                                timeline, names, rules.answerDueBy(referral, settings), rules.flags(referral, settings, service == null ? null : service.waitingDays)))))));
    }
}
