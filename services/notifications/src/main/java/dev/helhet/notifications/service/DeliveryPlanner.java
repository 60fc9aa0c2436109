package dev.helhet.notifications.service;

import dev.helhet.notifications.domain.Delivery;
import dev.helhet.notifications.domain.WebhookEvent;
import dev.helhet.notifications.repository.DeliveryRepository;
import dev.helhet.notifications.repository.SubscriptionRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** Turns one event into one due delivery per subscription of its municipality that asked for it and may see it. */
@ApplicationScoped
public class DeliveryPlanner {

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final Clock clock;

    public DeliveryPlanner(SubscriptionRepository subscriptions, DeliveryRepository deliveries, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Writes the deliveries of the event; call within the consumer's transaction. */
    public Uni<Void> plan(WebhookEvent event) {
        return subscriptions.inMunicipality(event.municipalityId())
                .chain(all -> Multi.createFrom().iterable(all)
                        .filter(subscription -> subscription.wants(event))
                        // One statement at a time: a reactive session runs one at once.
                        .onItem().transformToUniAndConcatenate(subscription -> deliveries.insertOnce(Delivery.of(subscription, event, clock.instant())))
                        .collect().last())
                .replaceWithVoid();
    }
}
