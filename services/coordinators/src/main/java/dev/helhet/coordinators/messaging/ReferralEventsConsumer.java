package dev.helhet.coordinators.messaging;

import dev.helhet.common.messaging.EventHandlers;
import dev.helhet.common.messaging.IdempotentConsumer;
import dev.helhet.contracts.Topics;
import dev.helhet.contracts.referrals.ReferralAccepted;
import dev.helhet.contracts.referrals.TransitionCancelled;
import dev.helhet.contracts.referrals.TransitionDue;
import dev.helhet.contracts.referrals.TransitionMet;
import dev.helhet.coordinators.repository.TransitionTaskRepository;
import dev.helhet.coordinators.service.TeamService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Puts whoever accepted a referral on the person's team: the receiving service now works with the others around the person;
 * and keeps the transitions due for the caseload.
 * Their role is the code {@code referral} (the UI words it): the service's name could tell a team member more than their
 * categories allow ("drug team"), so it stays in the referrals service.
 */
@ApplicationScoped
public class ReferralEventsConsumer {

    static final String CHANNEL = "referral-events";
    static final String TRANSITION_CHANNEL = "transition-events";

    private final IdempotentConsumer consumer;
    private final EventHandlers referrals;
    private final EventHandlers transitions;

    public ReferralEventsConsumer(IdempotentConsumer consumer, TeamService team, TransitionTaskRepository tasks) {
        this.consumer = consumer;
        this.transitions = EventHandlers.forTopic(Topics.REFERRALS_TRANSITION_V1)
                .on(TransitionDue.class, (event, envelope) -> tasks.due(event.taskId(), event.participantId(), event.rule(), event.dueDate()))
                .on(TransitionMet.class, (event, envelope) -> tasks.closed(event.taskId(), event.participantId(), event.rule(), "met"))
                .on(TransitionCancelled.class, (event, envelope) -> tasks.closed(event.taskId(), event.participantId(), event.rule(), "cancelled"));
        this.referrals = EventHandlers.forTopic(Topics.REFERRALS_REFERRAL_V1)
                .on(ReferralAccepted.class, (event, envelope) -> event.receivingProfessionalId() == null ? Uni.createFrom().voidItem()
                        : team.joinByReferral(event.participantId(), envelope.municipalityId(), event.receivingProfessionalId(),
                        event.receivingOrganisationId(), TeamService.REFERRAL_ROLE, envelope.actor()));
    }

    @Incoming(CHANNEL)
    public Uni<Void> referrals(String record) {
        return consumer.consume(CHANNEL, record, referrals);
    }

    @Incoming(TRANSITION_CHANNEL)
    public Uni<Void> transitions(String record) {
        return consumer.consume(TRANSITION_CHANNEL, record, transitions);
    }
}
