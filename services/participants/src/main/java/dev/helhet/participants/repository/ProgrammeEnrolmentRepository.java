package dev.helhet.participants.repository;

import dev.helhet.common.problem.ProblemException;
import dev.helhet.participants.domain.Programme;
import dev.helhet.participants.domain.ProgrammeEnrolment;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Programme enrolments of participants. */
@ApplicationScoped
public class ProgrammeEnrolmentRepository implements PanacheRepositoryBase<ProgrammeEnrolment, UUID> {

    public Uni<List<ProgrammeEnrolment>> forParticipant(UUID participantId) {
        return list("participantId = ?1 order by startDate desc, enrolledAt desc, id desc", participantId);
    }

    public Uni<List<ProgrammeEnrolment>> forParticipants(Collection<UUID> participantIds) {
        return participantIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("participantId in ?1 order by startDate desc, enrolledAt desc, id desc", participantIds);
    }

    public Uni<ProgrammeEnrolment> openEnrolment(UUID participantId, Programme programme) {
        return find("participantId = ?1 and programme = ?2 and actualEndDate is null", participantId, programme).firstResult();
    }

    public Uni<List<ProgrammeEnrolment>> openEnrolments(UUID participantId) {
        return list("participantId = ?1 and actualEndDate is null", participantId);
    }

    public Uni<ProgrammeEnrolment> require(UUID participantId, UUID enrolmentId) {
        return find("id = ?1 and participantId = ?2", enrolmentId, participantId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Enrolment " + enrolmentId));
    }
}
