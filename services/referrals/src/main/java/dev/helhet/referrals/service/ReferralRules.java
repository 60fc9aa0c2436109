package dev.helhet.referrals.service;

import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.time.NordicTime;
import dev.helhet.referrals.domain.CalendarCountry;
import dev.helhet.referrals.domain.Referral;
import dev.helhet.referrals.domain.ReferralSettings;
import dev.helhet.referrals.domain.ReferralStatus;
import dev.helhet.referrals.repository.ReferralSettingsRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A municipality's rules for answering referrals in time (its admin sets them; defaults from configuration), and the
 * flags they raise on a referral: no answer within the working days allowed, waiting longer than the service says.
 */
@ApplicationScoped
public class ReferralRules {

    /** Sent and unanswered past the working days the municipality allows. */
    public static final String NO_ANSWER = "no-answer";
    /** Sent, not yet started, and waiting longer than the directory says the service's wait is. */
    public static final String WAITING_LONGER_THAN_STATED = "waiting-longer-than-stated";

    private final ReferralSettingsRepository settings;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final CalendarCountry defaultCountry;
    private final int defaultAnswerDays;

    public ReferralRules(ReferralSettingsRepository settings, WorkingDays workingDays, Clock clock,
                         @ConfigProperty(name = "helhet.referrals.default-country", defaultValue = "NO") CalendarCountry defaultCountry,
                         @ConfigProperty(name = "helhet.referrals.answer-within-working-days", defaultValue = "5") int defaultAnswerDays) {
        this.settings = settings;
        this.workingDays = workingDays;
        this.clock = clock;
        this.defaultCountry = defaultCountry;
        this.defaultAnswerDays = defaultAnswerDays;
    }

    /** The municipality's settings, or the defaults while its admin has set none. Call within a session. */
    public Uni<ReferralSettings> of(String municipalityId) {
        return settings.find(municipalityId)
                .map(found -> found != null ? found : ReferralSettings.defaults(municipalityId, defaultCountry, defaultAnswerDays));
    }

    @WithSession
    public Uni<ReferralSettings> get(Caller caller) {
        return of(caller.municipalityId());
    }

    /** Sets the caller's municipality's rules, as of the version read (-1 while none are stored; 409 {@code stale-version} otherwise). */
    @WithTransaction
    public Uni<ReferralSettings> change(Caller caller, long version, CalendarCountry country, int answerWithinWorkingDays) {
        return of(caller.municipalityId()).flatMap(current -> {
            if (current.version != version) {
                throw new ProblemException(ProblemType.STALE_VERSION,
                        "Someone else changed the settings meanwhile (version " + current.version + "); read them again");
            }
            current.country = country;
            current.answerWithinWorkingDays = answerWithinWorkingDays;
            current.updatedAt = clock.instant();
            current.updatedBy = caller.subject();
            if (current.stored()) {
                return Uni.createFrom().item(current);
            }
            current.version = 0;
            return settings.persist(current);
        });
    }

    /** The day by which the receiving service should answer a sent referral; null for one not sent. */
    public LocalDate answerDueBy(Referral referral, ReferralSettings rules) {
        return referral.requestedAt == null ? null
                : workingDays.after(rules.country, NordicTime.dateOf(referral.requestedAt), rules.answerWithinWorkingDays);
    }

    /** What needs attention on a referral today. */
    public List<String> flags(Referral referral, ReferralSettings rules, Integer statedWaitingDays) {
        List<String> flags = new ArrayList<>();
        LocalDate today = NordicTime.today(clock);
        if (referral.status == ReferralStatus.REQUESTED && today.isAfter(answerDueBy(referral, rules))) {
            flags.add(NO_ANSWER);
        }
        if ((referral.status == ReferralStatus.REQUESTED || referral.status == ReferralStatus.ACCEPTED) && statedWaitingDays != null
                && today.isAfter(NordicTime.dateOf(referral.requestedAt).plusDays(statedWaitingDays))) {
            flags.add(WAITING_LONGER_THAN_STATED);
        }
        return flags;
    }
}
