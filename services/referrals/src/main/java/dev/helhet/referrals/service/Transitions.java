package dev.helhet.referrals.service;

import dev.helhet.careaccess.repository.CareOrganisations;
import dev.helhet.careaccess.service.CareAccess;
import dev.helhet.common.outbox.EventPublisher;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.time.NordicTime;
import dev.helhet.contracts.Actor;
import dev.helhet.contracts.referrals.TransitionCancelled;
import dev.helhet.contracts.referrals.TransitionDue;
import dev.helhet.contracts.referrals.TransitionMet;
import dev.helhet.referrals.domain.Referral;
import dev.helhet.referrals.domain.ReferralSettings;
import dev.helhet.referrals.domain.TransitionRule;
import dev.helhet.referrals.domain.TransitionRuleSetting;
import dev.helhet.referrals.domain.TransitionTask;
import dev.helhet.referrals.repository.TransitionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Transitions with deadlines: each programme enrolment the municipality's rules watch gets a task due some time before its
 * planned end (on a working day of the municipality's country), re-dated when the end moves, cancelled when the programme
 * ends first, and met by the first referral of the kind the rule asks for that the receiving service accepts. Each change
 * is published for the coordinator's caseload; whether a task is late is decided when it is read, by the clock.
 */
@ApplicationScoped
public class Transitions {

    /** What the platform does by itself is published as the referrals service acting. */
    private static final Actor PLATFORM = Actor.system("referrals");

    /** A task as read: late when still due after its date. */
    public record TaskView(TransitionTask task, boolean late) {
    }

    private final TransitionRepository repository;
    private final dev.helhet.referrals.repository.ReferralRepository referrals;
    private final ReferralRules rules;
    private final WorkingDays workingDays;
    private final CareOrganisations organisations;
    private final CareAccess careAccess;
    private final EventPublisher events;
    private final Clock clock;

    public Transitions(TransitionRepository repository, dev.helhet.referrals.repository.ReferralRepository referrals, ReferralRules rules, WorkingDays workingDays, CareOrganisations organisations,
                       CareAccess careAccess, EventPublisher events, Clock clock) {
        this.repository = repository;
        this.referrals = referrals;
        this.rules = rules;
        this.workingDays = workingDays;
        this.organisations = organisations;
        this.careAccess = careAccess;
        this.events = events;
        this.clock = clock;
    }

    /** Every rule as the municipality applies it (defaults where its admin has set nothing). Call within a session. */
    public Uni<List<TransitionRuleSetting>> settings(String municipalityId) {
        return repository.settings(municipalityId).map(stored -> {
            Map<TransitionRule, TransitionRuleSetting> byRule = stored.stream().collect(Collectors.toMap(setting -> setting.rule, Function.identity()));
            return Arrays.stream(TransitionRule.values())
                    .map(rule -> byRule.getOrDefault(rule, TransitionRuleSetting.defaults(municipalityId, rule))).toList();
        });
    }

    @WithSession
    public Uni<List<TransitionRuleSetting>> settings(Caller caller) {
        return settings(caller.municipalityId());
    }

    /** Sets how the caller's municipality applies a rule, as of the version read (-1 for the defaults); tasks made later follow it. */
    @WithTransaction
    public Uni<TransitionRuleSetting> change(Caller caller, TransitionRule rule, long version, boolean enabled, int lead) {
        return repository.setting(caller.municipalityId(), rule).flatMap(stored -> {
            TransitionRuleSetting setting = stored != null ? stored : TransitionRuleSetting.defaults(caller.municipalityId(), rule);
            if (setting.version != version) {
                throw new ProblemException(ProblemType.STALE_VERSION,
                        "Someone else changed the rule meanwhile (version " + setting.version + "); read it again");
            }
            setting.enabled = enabled;
            setting.lead = lead;
            setting.updatedAt = clock.instant();
            setting.updatedBy = caller.subject();
            if (stored != null) {
                return Uni.createFrom().item(setting);
            }
            setting.version = 0;
            return repository.persist(setting);
        });
    }

    /** A person was enrolled in a programme: a task for each rule of the municipality that watches it. Call within a transaction. */
    public Uni<Void> enrolled(UUID participantId, String municipalityId, UUID enrolmentId, String programme, LocalDate plannedEnd) {
        if (plannedEnd == null) {
            return Uni.createFrom().voidItem();
        }
        return settings(municipalityId).flatMap(settings -> rules.of(municipalityId).flatMap(country -> Multi.createFrom().iterable(settings)
                .filter(setting -> setting.enabled && setting.rule.programme().equals(programme))
                .onItem().transformToUniAndConcatenate(setting -> repository.task(enrolmentId, setting.rule).flatMap(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().voidItem();
                    }
                    TransitionTask task = TransitionTask.due(municipalityId, participantId, enrolmentId, setting.rule,
                            dueDate(setting, plannedEnd, country), clock.instant());
                    return repository.persist(task).flatMap(saved -> published(saved, new TransitionDue(saved.id, participantId,
                            saved.rule.code(), saved.dueDate)).chain(() -> metAlready(saved)));
                }))
                .collect().asList().replaceWithVoid()));
    }

    /** The programme's planned end moved: its due tasks are re-dated by the rule as the task's municipality applies it now. */
    public Uni<Void> extended(UUID enrolmentId, LocalDate plannedEnd) {
        return repository.ofEnrolment(enrolmentId).flatMap(tasks -> tasks.isEmpty() ? Uni.createFrom().voidItem()
                : redated(tasks, tasks.getFirst().municipalityId, plannedEnd));
    }

    private Uni<Void> redated(List<TransitionTask> tasks, String municipalityId, LocalDate plannedEnd) {
        return settings(municipalityId).flatMap(settings -> rules.of(municipalityId)
                .flatMap(country -> Multi.createFrom().iterable(tasks)
                        .filter(task -> task.status == TransitionTask.Status.DUE)
                        .onItem().transformToUniAndConcatenate(task -> {
                            TransitionRuleSetting setting = settings.stream().filter(one -> one.rule == task.rule).findFirst().orElseThrow();
                            task.dueDate = dueDate(setting, plannedEnd, country);
                            return published(task, new TransitionDue(task.id, task.participantId, task.rule.code(), task.dueDate));
                        })
                        .collect().asList().replaceWithVoid()));
    }

    /** The programme ended: what is still due of it is no longer needed. */
    public Uni<Void> ended(UUID enrolmentId) {
        return repository.ofEnrolment(enrolmentId).flatMap(tasks -> Multi.createFrom().iterable(tasks)
                .filter(task -> task.status == TransitionTask.Status.DUE)
                .onItem().transformToUniAndConcatenate(task -> {
                    task.cancel(clock.instant());
                    return published(task, new TransitionCancelled(task.id, task.participantId, task.rule.code()));
                })
                .collect().asList().replaceWithVoid());
    }

    /** A referral was accepted: it meets the person's due tasks whose rule asks for a service of the receiver's kind. */
    public Uni<Void> accepted(Referral referral) {
        return repository.dueFor(referral.participantId).flatMap(due -> due.isEmpty() ? Uni.createFrom().voidItem()
                : organisations.typeOf(referral.receivingOrganisationId).flatMap(type -> Multi.createFrom().iterable(due)
                        .filter(task -> task.municipalityId.equals(referral.municipalityId) && task.rule.metBy(type))
                        .onItem().transformToUniAndConcatenate(task -> {
                            task.met(referral.id, clock.instant());
                            return published(task, new TransitionMet(task.id, task.participantId, task.rule.code(), referral.id));
                        })
                        .collect().asList().replaceWithVoid()));
    }

    /** A referral of the kind the rule asks for that a service took on before the task was made meets it at once. */
    private Uni<Void> metAlready(TransitionTask task) {
        if (!task.rule.metByEarlierReferral()) {
            return Uni.createFrom().voidItem();
        }
        return referrals.ofPerson(task.participantId, task.municipalityId).flatMap(found -> Multi.createFrom().iterable(found)
                .filter(referral -> referral.answeredAt != null && referral.rejectionReason == null && referral.status != dev.helhet.referrals.domain.ReferralStatus.CANCELLED)
                .onItem().transformToUniAndConcatenate(referral -> organisations.typeOf(referral.receivingOrganisationId)
                        .map(type -> task.rule.metBy(type) ? referral : null))
                .filter(java.util.Objects::nonNull)
                .collect().first()
                .flatMap(meeting -> {
                    if (meeting == null || task.status != TransitionTask.Status.DUE) {
                        return Uni.createFrom().voidItem();
                    }
                    task.met(meeting.id, clock.instant());
                    return published(task, new TransitionMet(task.id, task.participantId, task.rule.code(), meeting.id));
                }));
    }

    /** The person's transition tasks, for whoever may see the person (404 otherwise); late ones by today's date. */
    @WithTransaction
    public Uni<List<TaskView>> ofPerson(Caller caller, UUID participantId) {
        return careAccess.open(caller, participantId, "transitions", "list").flatMap(opened -> repository.ofPerson(participantId,
                        opened.municipalityId())
                .map(tasks -> {
                    LocalDate today = NordicTime.today(clock);
                    // A task tells which programme the person is in and when it ends: shown only where that category is open.
                    return tasks.stream().filter(task -> opened.decided().sees(task.rule.category()))
                            .map(task -> new TaskView(task, task.status == TransitionTask.Status.DUE && today.isAfter(task.dueDate))).toList();
                }));
    }

    /** The lead before the planned end, landing on a working day of the municipality's country (the one before, if not). */
    private LocalDate dueDate(TransitionRuleSetting setting, LocalDate plannedEnd, ReferralSettings country) {
        return switch (setting.rule.lead()) {
            case MONTHS -> workingDays.onOrBefore(country.country, plannedEnd.minusMonths(setting.lead));
            case WORKING_DAYS -> workingDays.before(country.country, plannedEnd, setting.lead);
        };
    }

    private Uni<Void> published(TransitionTask task, dev.helhet.contracts.IntegrationEvent event) {
        return events.publish(event, task.municipalityId, task.participantId.toString(), PLATFORM).replaceWithVoid();
    }
}
