package dev.helhet.coordinators.repository;

import dev.helhet.coordinators.domain.ProfessionalMembership;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Which organisations each professional works for. */
@ApplicationScoped
public class ProfessionalMembershipRepository implements PanacheRepositoryBase<ProfessionalMembership, ProfessionalMembership.Key> {

    public Uni<List<ProfessionalMembership>> forProfessionals(Collection<UUID> professionalIds) {
        return professionalIds.isEmpty() ? Uni.createFrom().item(List.of()) : list("professionalId in ?1", professionalIds);
    }

    public Uni<Boolean> isMember(UUID professionalId, UUID organisationId) {
        return count("professionalId = ?1 and organisationId = ?2", professionalId, organisationId).map(count -> count > 0);
    }

    public Uni<Long> deleteFor(UUID professionalId) {
        return delete("professionalId", professionalId);
    }
}
