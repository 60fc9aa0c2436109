package dev.helhet.coordinators.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** The last meeting held with each person (team_meeting_held), kept whether or not the person is projected here yet. */
@ApplicationScoped
public class TeamMeetingRepository {

    /** A meeting with the person took place: the later of this and the last one known (events may come out of order). */
    public Uni<Void> held(UUID participantId, Instant heldAt) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into team_meeting_held (participant_id, last_held_at) values (:participant, :held)
                        on conflict (participant_id) do update set last_held_at = greatest(team_meeting_held.last_held_at, excluded.last_held_at)""")
                .setParameter("participant", participantId).setParameter("held", heldAt.atOffset(ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }
}
