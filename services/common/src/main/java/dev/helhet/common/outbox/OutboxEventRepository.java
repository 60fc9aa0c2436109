package dev.helhet.common.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes outbox rows in the caller's session, hence in the caller's transaction. */
@ApplicationScoped
public class OutboxEventRepository implements PanacheRepository<OutboxEvent> {
}
