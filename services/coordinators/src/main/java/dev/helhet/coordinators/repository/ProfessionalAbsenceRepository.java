package dev.helhet.coordinators.repository;

import dev.helhet.coordinators.domain.ProfessionalAbsence;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Absences and their deputies. */
@ApplicationScoped
public class ProfessionalAbsenceRepository implements PanacheRepositoryBase<ProfessionalAbsence, UUID> {

    /** Absences that cover {@code day} and name {@code deputyId} as deputy. */
    public Uni<List<ProfessionalAbsence>> coveredBy(UUID deputyId, LocalDate day) {
        return list("deputyId = ?1 and fromDate <= ?2 and toDate >= ?2", deputyId, day);
    }

    public Uni<List<ProfessionalAbsence>> forProfessionals(Collection<UUID> professionalIds) {
        return professionalIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("professionalId in ?1 order by fromDate desc, id desc", professionalIds);
    }
}
