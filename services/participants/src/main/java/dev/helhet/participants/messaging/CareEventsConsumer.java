package dev.helhet.participants.messaging;

import dev.helhet.careaccess.messaging.CareEvents;
import dev.helhet.common.messaging.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Learns who is around each person from the coordinators service, through the care-access module's projections
 * (coordinator, team members, professionals, absences), and which municipalities each organisation serves (the
 * receivers a consent may name). Need-to-know is decided from these and this service's own consents.
 */
@ApplicationScoped
public class CareEventsConsumer {

    private final IdempotentConsumer consumer;
    private final CareEvents care;

    public CareEventsConsumer(IdempotentConsumer consumer, CareEvents care) {
        this.consumer = consumer;
        this.care = care;
    }

    @Incoming("assignment-events")
    public Uni<Void> assignments(String record) {
        return consumer.consume("assignment-events", record, care.assignments());
    }

    @Incoming("team-events")
    public Uni<Void> team(String record) {
        return consumer.consume("team-events", record, care.team());
    }

    @Incoming("professional-events")
    public Uni<Void> professionals(String record) {
        return consumer.consume("professional-events", record, care.professionals());
    }

    @Incoming("organisation-events")
    public Uni<Void> organisations(String record) {
        return consumer.consume("organisation-events", record, care.organisations());
    }
}
