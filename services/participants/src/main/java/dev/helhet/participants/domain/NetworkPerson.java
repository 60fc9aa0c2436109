package dev.helhet.participants.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** Someone from the person's private network (or an appointed adult) who may join follow-up meetings. */
@Entity
@Table(name = "network_person")
public class NetworkPerson {

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    public UUID participantId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    @Column(nullable = false)
    public String name;

    /** In the person's words: mother, uncle, football coach, mentor from the volunteer centre. */
    @Column(nullable = false)
    public String relation;

    public String phone;
    public String email;

    @Column(name = "joins_follow_up_meetings", nullable = false)
    public boolean joinsFollowUpMeetings;

    @Column(name = "added_at", nullable = false, updatable = false)
    public Instant addedAt;

    @Column(name = "added_by", nullable = false, updatable = false)
    public String addedBy;

    @Column(name = "removed_at")
    public Instant removedAt;

    @Column(name = "removed_by")
    public String removedBy;

    @Version
    public long version;

    /** Someone from the person's private network joins their follow-up (no empty phone or e-mail stored). */
    public static NetworkPerson added(UUID participantId, String municipalityId, String name, String relation, String phone,
                                      String email, boolean joinsFollowUpMeetings, Instant at, String by) {
        NetworkPerson person = new NetworkPerson();
        person.id = UUID.randomUUID();
        person.participantId = participantId;
        person.municipalityId = municipalityId;
        person.name = name.strip();
        person.relation = relation.strip();
        person.phone = phone == null || phone.isBlank() ? null : phone.strip();
        person.email = email == null || email.isBlank() ? null : email.strip();
        person.joinsFollowUpMeetings = joinsFollowUpMeetings;
        person.addedAt = at;
        person.addedBy = by;
        return person;
    }

    public boolean isCurrent() {
        return removedAt == null;
    }
}
