package dev.helhet.coordinators.repository;

import dev.helhet.common.problem.ProblemException;
import dev.helhet.coordinators.domain.TeamMember;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Team memberships. */
@ApplicationScoped
public class TeamMemberRepository implements PanacheRepositoryBase<TeamMember, UUID> {

    public Uni<List<TeamMember>> active(UUID participantId) {
        return list("participantId = ?1 and leftAt is null order by joinedAt, id", participantId);
    }

    public Uni<List<TeamMember>> all(UUID participantId) {
        return list("participantId = ?1 order by joinedAt, id", participantId);
    }

    public Uni<TeamMember> activeMembership(UUID participantId, UUID professionalId) {
        return find("participantId = ?1 and professionalId = ?2 and leftAt is null", participantId, professionalId).firstResult();
    }

    public Uni<TeamMember> requireActive(UUID participantId, UUID memberId) {
        return find("id = ?1 and participantId = ?2 and leftAt is null", memberId, participantId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Team member " + memberId));
    }
}
