package dev.helhet.participants.repository;

import dev.helhet.participants.domain.ProgrammeExtension;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Extensions of programme enrolments. */
@ApplicationScoped
public class ProgrammeExtensionRepository implements PanacheRepositoryBase<ProgrammeExtension, UUID> {

    public Uni<List<ProgrammeExtension>> forEnrolments(Collection<UUID> enrolmentIds) {
        return enrolmentIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("enrolmentId in ?1 order by recordedAt", enrolmentIds);
    }
}
