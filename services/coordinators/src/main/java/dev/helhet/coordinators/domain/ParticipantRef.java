package dev.helhet.coordinators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A participant as the coordinators service knows them from events: id, municipality, status. Projection of participants events. */
@Entity
@Table(name = "participant_ref")
public class ParticipantRef {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "municipality_id", nullable = false)
    public String municipalityId;

    /** active, moved or closed */
    @Column(nullable = false)
    public String status;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    /** Filled once the agreements service publishes team meetings. */
    @Column(name = "last_team_meeting_at")
    public Instant lastTeamMeetingAt;
}
