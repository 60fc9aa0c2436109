package dev.helhet.agreements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** The one shared plan of a person in a municipality: made the first time something is put in it. */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    public UUID participantId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    /** The person's own goal, in their words. */
    @Column(name = "own_goal")
    public String ownGoal;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Version
    public long version;

    public static Plan started(UUID participantId, String municipalityId, Instant at, String by) {
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.participantId = participantId;
        plan.municipalityId = municipalityId;
        plan.createdAt = at;
        plan.createdBy = by;
        return plan;
    }
}
