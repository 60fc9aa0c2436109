package dev.helhet.gateway.session;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Migrates the sessions' table at start, as the services' replicas would, but without making the gateway depend on
 * its database to start: if the database is away, the gateway starts anyway (bearer-token callers need no session)
 * and tries again every few seconds until it is there. Flyway's lock makes other replicas wait (docs/adr/0044).
 */
@ApplicationScoped
public class SessionSchema {

    private static final Logger LOG = Logger.getLogger(SessionSchema.class);
    private static final Duration RETRY_EVERY = Duration.ofSeconds(5);

    private final Flyway flyway;

    public SessionSchema(Flyway flyway) {
        this.flyway = flyway;
    }

    void migrate(@Observes StartupEvent started) {
        if (!migrated()) {
            Thread.ofPlatform().daemon().name("session-schema").start(() -> {
                while (!migrated()) {
                    try {
                        Thread.sleep(RETRY_EVERY);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
    }

    private boolean migrated() {
        try {
            int applied = flyway.migrate().migrationsExecuted;
            if (applied > 0) {
                LOG.infof("Sessions' database migrated: %d migration(s) applied", applied);
            }
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("Sessions' database not migrated yet (browser sign-ins wait for it; retrying every %d s): %s",
                    RETRY_EVERY.toSeconds(), e.getMessage());
            return false;
        }
    }
}
