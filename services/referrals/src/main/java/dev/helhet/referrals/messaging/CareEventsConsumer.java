package dev.helhet.referrals.messaging;

import dev.helhet.careaccess.messaging.CareEvents;
import dev.helhet.common.messaging.IdempotentConsumer;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the registry's organisations (name, municipalities served) that directory entries are checked against and named by. */
@ApplicationScoped
public class RegistryEventsConsumer {

    private final IdempotentConsumer consumer;
    private final CareEvents care;

    public RegistryEventsConsumer(IdempotentConsumer consumer, CareEvents care) {
        this.consumer = consumer;
        this.care = care;
    }

    @Incoming("organisation-events")
    @WithTransaction
    public Uni<Void> organisations(String record) {
        return consumer.consume("organisation-events", record, care.organisations());
    }
}
