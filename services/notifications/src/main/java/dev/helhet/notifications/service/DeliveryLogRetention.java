package dev.helhet.notifications.service;

import dev.helhet.notifications.repository.DeliveryRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;

/** Keeps the delivery log 30 days: long enough to look into a partner's outage, short enough not to become an archive. */
@ApplicationScoped
public class DeliveryLogRetention {

    public static final Duration KEPT = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(DeliveryLogRetention.class);

    private final DeliveryRepository deliveries;
    private final Clock clock;

    public DeliveryLogRetention(DeliveryRepository deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> purge() {
        return purgeOlderThanKept()
                .invoke(purged -> LOG.debugf("Removed %d deliveries older than %s", purged, KEPT))
                .onFailure().invoke(failure -> LOG.debugf("Removing old deliveries failed, tried again in an hour: %s", failure.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    Uni<Integer> purgeOlderThanKept() {
        return Panache.withTransaction(() -> deliveries.deleteCreatedBefore(clock.instant().minus(KEPT)));
    }
}
