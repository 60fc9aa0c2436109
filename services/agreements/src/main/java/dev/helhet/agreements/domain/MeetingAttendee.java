package dev.helhet.agreements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** Someone at a meeting's table: a team member or the network person (by id), the person, or an interpreter (by language). */
@Entity
@Table(name = "meeting_attendee")
public class MeetingAttendee {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    public UUID meetingId;

    @Column(nullable = false, updatable = false)
    public AttendeeKind kind;

    /** The professional or network person; null for the person and an interpreter. */
    @Column(name = "attendee_ref", updatable = false)
    public UUID attendeeRef;

    /** The language an interpreter interprets (BCP 47, e.g. "ar", "ti"); null for anyone else. */
    @Column(updatable = false)
    public String language;

    public static MeetingAttendee of(Meeting meeting, AttendeeKind kind, UUID attendeeRef, String language) {
        MeetingAttendee attendee = new MeetingAttendee();
        attendee.id = UUID.randomUUID();
        attendee.meetingId = meeting.id;
        attendee.kind = kind;
        attendee.attendeeRef = kind.named() ? attendeeRef : null;
        attendee.language = kind == AttendeeKind.INTERPRETER ? language : null;
        return attendee;
    }
}
