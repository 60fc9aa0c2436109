package dev.helhet.participants.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Expires consents without anyone doing anything: every {@code helhet.consent.expiry-check-interval}
 * it marks those past valid-to as expired and publishes ConsentExpired through the outbox.
 */
@ApplicationScoped
public class ConsentExpiryJob {

    private static final Logger LOG = Logger.getLogger(ConsentExpiryJob.class);
    private static final int BATCH = 100;

    private final ConsentService consents;

    public ConsentExpiryJob(ConsentService consents) {
        this.consents = consents;
    }

    @Scheduled(every = "${helhet.consent.expiry-check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> expireDueConsents() {
        return consents.expireDue(BATCH)
                .invoke(expired -> {
                    if (expired > 0) {
                        LOG.infof("Expired %d consents past their valid-to", expired);
                    }
                })
                .onFailure().invoke(failure -> LOG.warnf("Consent expiry failed (will retry): %s", failure.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
