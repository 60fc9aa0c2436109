package dev.helhet.coordinators.messaging;

import dev.helhet.common.messaging.EventHandlers;
import dev.helhet.common.messaging.IdempotentConsumer;
import dev.helhet.contracts.Topics;
import dev.helhet.contracts.agreements.ActionAgreed;
import dev.helhet.contracts.agreements.ActionRevised;
import dev.helhet.contracts.agreements.ActionStatusChanged;
import dev.helhet.contracts.agreements.MeetingHeld;
import dev.helhet.coordinators.projection.PlannedAction;
import dev.helhet.coordinators.repository.PlannedActionRepository;
import dev.helhet.coordinators.repository.TeamMeetingRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the caseload from the plan: each action's due date and status ({@code agreements.plan.v1}, for "action overdue") and
 * the meetings held with the person ({@code agreements.meeting.v1}, for "no recent team meeting"). Each event has its effect once.
 */
@ApplicationScoped
public class AgreementsEventsConsumer {

    static final String PLAN_CHANNEL = "plan-events";
    static final String MEETING_CHANNEL = "meeting-events";

    private final IdempotentConsumer consumer;
    private final EventHandlers plan;
    private final EventHandlers meetings;

    public AgreementsEventsConsumer(IdempotentConsumer consumer, PlannedActionRepository actions, TeamMeetingRepository meetingsHeld) {
        this.consumer = consumer;
        this.plan = EventHandlers.forTopic(Topics.AGREEMENTS_PLAN_V1)
                .on(ActionAgreed.class, (event, envelope) -> actions.findById(event.actionId())
                        .flatMap(existing -> existing != null ? Uni.createFrom().voidItem() : actions.persist(PlannedAction.agreed(
                                event.actionId(), event.participantId(), event.responsible(), event.responsibleId(), event.dueDate()))
                                .replaceWithVoid()))
                .on(ActionRevised.class, (event, envelope) -> actions.findById(event.actionId())
                        .invoke(found -> { if (found != null) { found.revise(event.responsible(), event.responsibleId(), event.dueDate()); } })
                        .replaceWithVoid())
                .on(ActionStatusChanged.class, (event, envelope) -> actions.findById(event.actionId())
                        .invoke(found -> { if (found != null) { found.status = event.to(); } }).replaceWithVoid());
        this.meetings = EventHandlers.forTopic(Topics.AGREEMENTS_MEETING_V1)
                .on(MeetingHeld.class, (event, envelope) -> !event.withPerson() ? Uni.createFrom().voidItem()
                        : meetingsHeld.held(event.participantId(), event.heldAt()));
    }

    @Incoming(PLAN_CHANNEL)
    public Uni<Void> plan(String record) {
        return consumer.consume(PLAN_CHANNEL, record, plan);
    }

    @Incoming(MEETING_CHANNEL)
    public Uni<Void> meetings(String record) {
        return consumer.consume(MEETING_CHANNEL, record, meetings);
    }
}
