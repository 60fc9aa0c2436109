package dev.helhet.participants.service;

import dev.helhet.common.outbox.EventPublisher;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.contracts.Actor;
import dev.helhet.contracts.participants.ParticipantRegistered;
import dev.helhet.participants.domain.Participant;
import dev.helhet.participants.repository.ParticipantRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Registering and reading participants; every change and its event commit together. */
@ApplicationScoped
public class ParticipantService {

    private final ParticipantRepository participants;
    private final EventPublisher events;
    private final Clock clock;

    public ParticipantService(ParticipantRepository participants, EventPublisher events, Clock clock) {
        this.participants = participants;
        this.events = events;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Participant> register(String municipalityId, String name, Actor actor) {
        Participant participant = Participant.register(municipalityId, name, clock.instant(), actor.subject());
        return participants.persist(participant)
                .call(saved -> events.publish(new ParticipantRegistered(saved.id), municipalityId, saved.id.toString(), actor))
                .replaceWith(participant);
    }

    /** The participant, if it belongs to this municipality; 404 otherwise, whether it exists elsewhere or not. */
    @WithSession
    public Uni<Participant> get(UUID id, String municipalityId) {
        return participants.findInMunicipality(id, municipalityId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Participant " + id));
    }

    @WithSession
    public Uni<Page> list(String municipalityId, int page, int size) {
        return participants.listInMunicipality(municipalityId, page, size)
                .flatMap(items -> participants.countInMunicipality(municipalityId)
                        .map(total -> new Page(items, page, size, total)));
    }

    /** One page of participants and how many there are in all. */
    public record Page(List<Participant> items, int page, int size, long total) {
    }
}
