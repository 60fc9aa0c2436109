package dev.helhet.agreements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** How a goal is going, at one moment: the person's own rating (1–10) and/or a note; over time a line, not a paragraph. */
@Entity
@Table(name = "progress_note")
public class ProgressNote {

    @Id
    public UUID id;

    @Column(name = "goal_id", nullable = false, updatable = false)
    public UUID goalId;

    @Column(updatable = false)
    public Integer rating;

    @Column(updatable = false)
    public String note;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    public static ProgressNote recorded(Goal goal, Integer rating, String note, Instant at, String by) {
        ProgressNote progress = new ProgressNote();
        progress.id = UUID.randomUUID();
        progress.goalId = goal.id;
        progress.rating = rating;
        progress.note = note == null || note.isBlank() ? null : note.strip();
        progress.recordedAt = at;
        progress.recordedBy = by;
        return progress;
    }
}
