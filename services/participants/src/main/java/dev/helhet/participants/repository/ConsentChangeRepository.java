package dev.helhet.participants.repository;

import dev.helhet.participants.domain.ConsentChange;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The history of consents. */
@ApplicationScoped
public class ConsentChangeRepository implements PanacheRepository<ConsentChange> {

    public Uni<List<ConsentChange>> forConsents(Collection<UUID> consentIds) {
        return consentIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("consentId in ?1 order by id", consentIds);
    }
}
