package dev.helhet.agreements.domain;

import dev.helhet.careaccess.InformationCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A meeting about the person, on their plan: what kind, when and where, the roles agreed before it (chair, minute-taker,
 * interviewer — professional ids, which may differ from meeting to meeting), the agenda, and the minutes. Its information
 * category decides which team members see it, like a goal's.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;

    @Column(nullable = false)
    public MeetingKind kind;

    @Column(nullable = false)
    public InformationCategory category;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    public String place;

    @Column(name = "video_link")
    public String videoLink;

    @Column(nullable = false)
    public MeetingStatus status;

    /** The agenda items, in order. */
    @Column(nullable = false)
    public String[] agenda;

    public String minutes;

    @Column(name = "chair_id")
    public UUID chairId;

    @Column(name = "minute_taker_id")
    public UUID minuteTakerId;

    @Column(name = "interviewer_id")
    public UUID interviewerId;

    @Column(name = "held_at")
    public Instant heldAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Version
    public long version;

    /** The time, place and roles of a meeting, as agreed before it. */
    public record Arrangement(Instant startsAt, String place, String videoLink, List<String> agenda, UUID chairId, UUID minuteTakerId,
                              UUID interviewerId) {
    }

    public static Meeting scheduled(Plan plan, MeetingKind kind, InformationCategory category, Arrangement arrangement, Instant at,
                                    String by) {
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.planId = plan.id;
        meeting.kind = kind;
        meeting.category = category;
        meeting.status = MeetingStatus.SCHEDULED;
        meeting.arrange(arrangement);
        meeting.createdAt = at;
        meeting.createdBy = by;
        return meeting;
    }

    /** Sets time, place, agenda and roles. */
    public final void arrange(Arrangement arrangement) {
        startsAt = arrangement.startsAt();
        place = blankToNull(arrangement.place());
        videoLink = blankToNull(arrangement.videoLink());
        agenda = arrangement.agenda() == null ? new String[0]
                : arrangement.agenda().stream().map(String::strip).filter(item -> !item.isEmpty()).toArray(String[]::new);
        chairId = arrangement.chairId();
        minuteTakerId = arrangement.minuteTakerId();
        interviewerId = arrangement.interviewerId();
    }

    /** Moves the meeting on (held: when it took place); false, and nothing changed, when it may not go there. */
    public boolean moveTo(MeetingStatus next, Instant at) {
        if (!status.mayBecome(next)) {
            return false;
        }
        if (next == MeetingStatus.HELD && status != MeetingStatus.HELD) {
            heldAt = at.isBefore(startsAt) ? at : startsAt;
        }
        status = next;
        return true;
    }

    /** Whether one of these professional registrations (a user's) took a role in the meeting: chair or minute-taker. */
    public boolean runBy(Set<UUID> professionalIds) {
        return (chairId != null && professionalIds.contains(chairId)) || (minuteTakerId != null && professionalIds.contains(minuteTakerId));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
