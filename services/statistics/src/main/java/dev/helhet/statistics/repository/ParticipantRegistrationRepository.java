package dev.helhet.statistics.repository;

import dev.helhet.statistics.domain.ParticipantRegistration;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The participant read model. */
@ApplicationScoped
public class ParticipantRegistrationRepository implements PanacheRepositoryBase<ParticipantRegistration, UUID> {

    public Uni<Long> countInMunicipality(String municipalityId) {
        return count("municipalityId", municipalityId);
    }
}
