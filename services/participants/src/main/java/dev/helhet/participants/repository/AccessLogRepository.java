package dev.helhet.participants.repository;

import dev.helhet.participants.domain.AccessLogEntry;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The append-only access log. */
@ApplicationScoped
public class AccessLogRepository implements PanacheRepository<AccessLogEntry> {

    public Uni<List<AccessLogEntry>> forParticipant(UUID participantId) {
        return list("participantId = ?1 order by occurredAt desc, id desc", participantId);
    }
}
