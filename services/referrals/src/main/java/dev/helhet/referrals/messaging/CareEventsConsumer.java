package dev.helhet.referrals.messaging;

import dev.helhet.careaccess.messaging.CareEvents;
import dev.helhet.common.messaging.IdempotentConsumer;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the care-access module's projections for referrals: who is registered where, who coordinates, deputises and is on
 * the team, who works for which organisation (the receiving side), the people's consents (a referral goes out only under
 * one), and the registry's organisations (a directory entry's provider and the municipalities it serves).
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
    @WithTransaction
    public Uni<Void> people(String record) {
        return consumer.consume("participant-events", record, care.people());
    }

    @Incoming("consent-events")
    @WithTransaction
    public Uni<Void> consents(String record) {
        return consumer.consume("consent-events", record, care.consents());
    }

    @Incoming("assignment-events")
    @WithTransaction
    public Uni<Void> assignments(String record) {
        return consumer.consume("assignment-events", record, care.assignments());
    }

    @Incoming("team-events")
    @WithTransaction
    public Uni<Void> team(String record) {
        return consumer.consume("team-events", record, care.team());
    }

    @Incoming("organisation-events")
    @WithTransaction
    public Uni<Void> organisations(String record) {
        return consumer.consume("organisation-events", record, care.organisations());
    }

    @Incoming("professional-events")
    @WithTransaction
    public Uni<Void> professionals(String record) {
        return consumer.consume("professional-events", record, care.professionals());
    }
}
