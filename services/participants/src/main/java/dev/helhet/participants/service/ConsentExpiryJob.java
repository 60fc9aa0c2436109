package dev.helhet.participants.service;

import dev.helhet.common.logging.Outage;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * Expires consents without anyone doing anything: every {@code helhet.consent.expiry-check-interval}
 * it marks those past valid-to as expired and publishes ConsentExpired through the outbox.
 */
@ApplicationScoped
public class ConsentExpiryJob {

    private static final Logger LOG = Logger.getLogger(ConsentExpiryJob.class);
    private static final int BATCH = 100;

    private final ConsentService consents;
    /** While the database is away every tick fails: said when it starts, once a minute, and when it ends. */
    private final Outage outage = new Outage("Consent expiry", Clock.systemUTC());

    public ConsentExpiryJob(ConsentService consents) {
        this.consents = consents;
    }

    @Scheduled(every = "${helhet.consent.expiry-check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> expireDueConsents() {
        return consents.expireDue(BATCH)
                .invoke(expired -> {
                    String recovered = outage.succeeded();
                    if (recovered != null) {
                        LOG.info(recovered);
                    }
                    if (expired > 0) {
                        LOG.infof("Expired %d consents past their valid-to", expired);
                    }
                })
                .onFailure().invoke(failure -> {
                    String warning = outage.failed(failure);
                    if (warning != null) {
                        LOG.warn(warning);
                    }
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
