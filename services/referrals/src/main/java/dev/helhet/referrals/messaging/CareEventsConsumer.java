package dev.helhet.referrals.messaging;

import dev.helhet.careaccess.messaging.CareEvents;
import dev.helhet.common.messaging.EventHandlers;
import dev.helhet.common.messaging.IdempotentConsumer;
import dev.helhet.contracts.participants.ProgrammeEnded;
import dev.helhet.contracts.participants.ProgrammeEnrolled;
import dev.helhet.contracts.participants.ProgrammeExtended;
import dev.helhet.referrals.service.Transitions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the care-access module's projections for referrals: who is registered where, who coordinates, deputises and is on
 * the team, who works for which organisation (the receiving side), the people's consents (a referral goes out only under
 * one), and the registry's organisations (a directory entry's provider and the municipalities it serves); and people's
 * programmes, which the municipalities' transition rules watch.
 */
@ApplicationScoped
public class CareEventsConsumer {

    private final IdempotentConsumer consumer;
    private final CareEvents care;
    private final EventHandlers people;

    public CareEventsConsumer(IdempotentConsumer consumer, CareEvents care, Transitions transitions) {
        this.consumer = consumer;
        this.care = care;
        // Programmes are watched by the municipalities' transition rules (a task due before the planned end).
        this.people = care.people()
                .on(ProgrammeEnrolled.class, (event, envelope) -> transitions.enrolled(event.participantId(), envelope.municipalityId(),
                        event.enrolmentId(), event.programme(), event.plannedEndDate()))
                .on(ProgrammeExtended.class, (event, envelope) -> transitions.extended(event.enrolmentId(), event.plannedEndDate()))
                .on(ProgrammeEnded.class, (event, envelope) -> transitions.ended(event.enrolmentId()));
    }

    @Incoming("participant-events")
    public Uni<Void> people(String record) {
        return consumer.consume("participant-events", record, people);
    }

    @Incoming("consent-events")
    public Uni<Void> consents(String record) {
        return consumer.consume("consent-events", record, care.consents());
    }

    @Incoming("assignment-events")
    public Uni<Void> assignments(String record) {
        return consumer.consume("assignment-events", record, care.assignments());
    }

    @Incoming("team-events")
    public Uni<Void> team(String record) {
        return consumer.consume("team-events", record, care.team());
    }

    @Incoming("organisation-events")
    public Uni<Void> organisations(String record) {
        return consumer.consume("organisation-events", record, care.organisations());
    }

    @Incoming("professional-events")
    public Uni<Void> professionals(String record) {
        return consumer.consume("professional-events", record, care.professionals());
    }
}
