package dev.helhet.statistics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What statistics keeps of one event: where and when it happened and the ids, codes and dates an indicator
 * reads (docs/statistics.md). Fields an event does not have stay null.
 */
public final class Fact {

    public final UUID eventId;
    public final String eventType;
    public final String municipalityId;
    public final Instant occurredAt;
    public UUID participantId;
    public UUID subjectId;
    public UUID previousSubjectId;
    public UUID organisationId;
    public UUID professionalId;
    public String programme;
    public String reason;
    public String lifeArea;
    public String status;
    public String previousStatus;
    public String kind;
    public String rule;
    public String ageBand;
    public LocalDate startDate;
    public LocalDate endDate;
    public LocalDate dueDate;
    public Instant heldAt;
    public Boolean withPerson;
    public Boolean withNetworkPerson;

    public Fact(UUID eventId, String eventType, String municipalityId, Instant occurredAt) {
        this.eventId = eventId;
        this.eventType = eventType;
        this.municipalityId = municipalityId;
        this.occurredAt = occurredAt;
    }

    /** The fact about a person and one of her things (enrolment, goal, referral, ...). */
    public Fact about(UUID participant, UUID subject) {
        this.participantId = participant;
        this.subjectId = subject;
        return this;
    }
}
