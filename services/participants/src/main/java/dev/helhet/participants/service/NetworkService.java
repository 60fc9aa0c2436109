package dev.helhet.participants.service;

import dev.helhet.common.outbox.EventPublisher;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.contracts.participants.NetworkPersonAdded;
import dev.helhet.contracts.participants.NetworkPersonRemoved;
import dev.helhet.participants.domain.NetworkPerson;
import dev.helhet.participants.repository.NetworkPersonRepository;
import dev.helhet.participants.repository.ParticipantRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The person's private network: who they are and whether they join follow-up meetings. */
@ApplicationScoped
public class NetworkService {

    private final ParticipantService participantService;
    private final ParticipantRepository participants;
    private final NetworkPersonRepository network;
    private final EventPublisher events;
    private final Clock clock;

    public NetworkService(ParticipantService participantService, ParticipantRepository participants,
                          NetworkPersonRepository network, EventPublisher events, Clock clock) {
        this.participantService = participantService;
        this.participants = participants;
        this.network = network;
        this.events = events;
        this.clock = clock;
    }

    /** What is recorded about a network person. */
    public record Details(String name, String relation, String phone, String email, boolean joinsFollowUpMeetings) {
    }

    @WithTransaction
    public Uni<NetworkPerson> add(Caller caller, UUID participantId, Details details) {
        return participantService.active(caller, participantId).flatMap(participant -> {
            NetworkPerson person = new NetworkPerson();
            person.id = UUID.randomUUID();
            person.participantId = participantId;
            person.municipalityId = participant.municipalityId;
            person.name = details.name().strip();
            person.relation = details.relation().strip();
            person.phone = blankToNull(details.phone());
            person.email = blankToNull(details.email());
            person.joinsFollowUpMeetings = details.joinsFollowUpMeetings();
            person.addedAt = clock.instant();
            person.addedBy = caller.subject();
            return network.persist(person).call(saved -> events.publish(
                    new NetworkPersonAdded(participantId, saved.id, saved.joinsFollowUpMeetings),
                    participant.municipalityId, participantId.toString(), caller.actor()));
        });
    }

    @WithSession
    public Uni<List<NetworkPerson>> current(Caller caller, UUID participantId) {
        return participants.requireInMunicipality(participantId, caller.municipalityId())
                .flatMap(participant -> network.current(participantId));
    }

    @WithTransaction
    public Uni<Void> remove(Caller caller, UUID participantId, UUID networkPersonId) {
        return participants.requireInMunicipality(participantId, caller.municipalityId())
                .flatMap(participant -> network.requireCurrent(participantId, networkPersonId))
                .flatMap(person -> {
                    person.removedAt = clock.instant();
                    person.removedBy = caller.subject();
                    return events.publish(new NetworkPersonRemoved(participantId, networkPersonId),
                            person.municipalityId, participantId.toString(), caller.actor());
                })
                .replaceWithVoid();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
