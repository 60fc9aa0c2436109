package dev.helhet.participants.service;

import dev.helhet.common.outbox.EventPublisher;
import dev.helhet.common.persistence.LockedCount;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.contracts.participants.NetworkPersonAdded;
import dev.helhet.contracts.participants.NetworkPersonRemoved;
import dev.helhet.participants.domain.NetworkPerson;
import dev.helhet.participants.domain.RecordLimits;
import dev.helhet.participants.repository.NetworkPersonRepository;
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
    private final CaseAccess access;
    private final NetworkPersonRepository network;
    private final EventPublisher events;
    private final Clock clock;

    public NetworkService(ParticipantService participantService, CaseAccess access,
                          NetworkPersonRepository network, EventPublisher events, Clock clock) {
        this.participantService = participantService;
        this.access = access;
        this.network = network;
        this.events = events;
        this.clock = clock;
    }

    /** What is recorded about a network person. */
    public record Details(String name, String relation, String phone, String email, boolean joinsFollowUpMeetings) {
    }

    @WithTransaction
    public Uni<NetworkPerson> add(Caller caller, UUID participantId, Details details) {
        return participantService.active(caller, participantId, "network", "create").flatMap(participant -> {
            NetworkPerson person = NetworkPerson.added(participantId, participant.municipalityId, details.name(), details.relation(),
                    details.phone(), details.email(), details.joinsFollowUpMeetings(), clock.instant(), caller.subject());
            return LockedCount.of("Participant", participantId, "select count(n) from NetworkPerson n where n.participantId = :id")
                    .invoke(RecordLimits.NETWORK_OF_A_RECORD::admitOneMore)
                    .chain(() -> network.persist(person)).call(saved -> events.publish(
                    new NetworkPersonAdded(participantId, saved.id, saved.joinsFollowUpMeetings),
                    participant.municipalityId, participantId.toString(), caller.actor()));
        });
    }

    @WithTransaction
    public Uni<List<NetworkPerson>> current(Caller caller, UUID participantId) {
        return access.open(caller, participantId, "network", "read").flatMap(found -> network.current(participantId));
    }

    @WithTransaction
    public Uni<Void> remove(Caller caller, UUID participantId, UUID networkPersonId) {
        return access.open(caller, participantId, "network", "delete")
                .flatMap(found -> network.requireCurrent(participantId, networkPersonId))
                .flatMap(person -> {
                    person.removedAt = clock.instant();
                    person.removedBy = caller.subject();
                    return events.publish(new NetworkPersonRemoved(participantId, networkPersonId),
                            person.municipalityId, participantId.toString(), caller.actor());
                })
                .replaceWithVoid();
    }
}
