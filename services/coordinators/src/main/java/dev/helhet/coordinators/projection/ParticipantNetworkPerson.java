package dev.helhet.coordinators.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** That a participant has a network person, and whether they join meetings (no name). Projection of participants events. */
@Entity
@Table(name = "participant_network_person")
public class ParticipantNetworkPerson {

    @Id
    @Column(name = "network_person_id")
    public UUID networkPersonId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(name = "joins_follow_up_meetings", nullable = false)
    public boolean joinsFollowUpMeetings;

    @Column(nullable = false)
    public boolean removed;

    public static ParticipantNetworkPerson added(UUID networkPersonId, UUID participantId, boolean joinsFollowUpMeetings) {
        ParticipantNetworkPerson person = new ParticipantNetworkPerson();
        person.networkPersonId = networkPersonId;
        person.participantId = participantId;
        person.joinsFollowUpMeetings = joinsFollowUpMeetings;
        return person;
    }

    public void remove() {
        removed = true;
    }
}
