package dev.helhet.agreements.repository;

import dev.helhet.agreements.domain.Action;
import dev.helhet.agreements.domain.Meeting;
import dev.helhet.agreements.domain.MeetingAttendee;
import dev.helhet.agreements.domain.Plan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Meetings of a plan, who attends them, and the actions they decided. */
@ApplicationScoped
public class MeetingRepository {

    /** A meeting and the plan it is on. */
    public record PlannedMeeting(Meeting meeting, Plan plan) {
    }

    /** The meeting with this id and its plan, or null when there is none. */
    public Uni<PlannedMeeting> find(UUID meetingId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "select m, p from Meeting m join Plan p on p.id = m.planId where m.id = :meeting", Object[].class)
                .setParameter("meeting", meetingId).getResultList())
                .map(rows -> rows.isEmpty() ? null : new PlannedMeeting((Meeting) rows.getFirst()[0], (Plan) rows.getFirst()[1]));
    }

    /** The plan's meetings, by time. */
    public Uni<List<Meeting>> ofPlan(UUID planId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from Meeting m where m.planId = :plan order by m.startsAt, m.createdAt, m.id", Meeting.class)
                .setParameter("plan", planId).getResultList());
    }

    public Uni<List<MeetingAttendee>> attendees(Collection<UUID> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from MeetingAttendee a where a.meetingId in :meetings order by a.kind, a.id", MeetingAttendee.class)
                .setParameter("meetings", meetingIds).getResultList());
    }

    /** The actions these meetings decided, in the order they were agreed. */
    public Uni<List<Action>> decisions(Collection<UUID> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from Action a where a.meetingId in :meetings order by a.createdAt, a.id", Action.class)
                .setParameter("meetings", meetingIds).getResultList());
    }

    public Uni<Meeting> persist(Meeting meeting, List<MeetingAttendee> attendees) {
        return Panache.getSession().flatMap(session -> session.persist(meeting).chain(session::flush)
                .chain(() -> session.persistAll(attendees.toArray())).replaceWith(meeting));
    }

    /** Replaces who attends the meeting. */
    public Uni<Void> replaceAttendees(Meeting meeting, List<MeetingAttendee> attendees) {
        return Panache.getSession().flatMap(session -> session.createMutationQuery("delete from MeetingAttendee a where a.meetingId = :meeting")
                .setParameter("meeting", meeting.id).executeUpdate()
                .chain(() -> session.persistAll(attendees.toArray())));
    }
}
