package dev.helhet.agreements.messaging;

import dev.helhet.careaccess.messaging.CareEvents;
import dev.helhet.common.messaging.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the care-access module's projections for the plan's need-to-know: who is registered where, who coordinates,
 * deputises and is on the team, the person's consents, and which organisations serve the municipality (parties to
 * collaboration agreements). This service decides from them; it asks nobody at request time.
 */
@ApplicationScoped
public class CareEventsConsumer {

    private final IdempotentConsumer consumer;
    private final CareEvents care;

    public CareEventsConsumer(IdempotentConsumer consumer, CareEvents care) {
        this.consumer = consumer;
        this.care = care;
    }

    @Incoming("participant-events")
    public Uni<Void> people(String record) {
        return consumer.consume("participant-events", record, care.people());
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
