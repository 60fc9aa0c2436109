package dev.helhet.coordinators.messaging;

import dev.helhet.common.messaging.EventHandlers;
import dev.helhet.common.messaging.IdempotentConsumer;
import dev.helhet.contracts.Topics;
import dev.helhet.contracts.participants.NetworkPersonAdded;
import dev.helhet.contracts.participants.NetworkPersonRemoved;
import dev.helhet.contracts.participants.ParticipantClosed;
import dev.helhet.contracts.participants.ParticipantRegistered;
import dev.helhet.contracts.participants.ProgrammeEnded;
import dev.helhet.contracts.participants.ProgrammeEnrolled;
import dev.helhet.contracts.participants.ProgrammeExtended;
import dev.helhet.coordinators.projection.ParticipantNetworkPerson;
import dev.helhet.coordinators.projection.ParticipantProgramme;
import dev.helhet.coordinators.projection.ParticipantRef;
import dev.helhet.coordinators.repository.ParticipantNetworkPersonRepository;
import dev.helhet.coordinators.repository.ParticipantProgrammeRepository;
import dev.helhet.coordinators.repository.ParticipantRefRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the coordinators service's picture of participants (status, programmes with planned ends,
 * network persons) from {@code participants.participant.v1}; each event has its effect once, and a
 * repeated "added" event keeps the row it finds.
 */
@ApplicationScoped
public class ParticipantEventsConsumer {

    static final String CHANNEL = "participant-events";

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public ParticipantEventsConsumer(IdempotentConsumer consumer, ParticipantRefRepository participants,
                                     ParticipantProgrammeRepository programmes, ParticipantNetworkPersonRepository network) {
        this.consumer = consumer;
        this.handlers = EventHandlers.forTopic(Topics.PARTICIPANTS_PARTICIPANT_V1)
                // Registered again (a record reopened when the person moves back): active here once more.
                .on(ParticipantRegistered.class, (event, envelope) -> participants.findById(event.participantId())
                        .flatMap(existing -> existing != null ? Uni.createFrom().voidItem().invoke(existing::reopen) : participants.persist(
                                ParticipantRef.registered(event.participantId(), envelope.municipalityId(), envelope.occurredAt())).replaceWithVoid()))
                .on(ParticipantClosed.class, (event, envelope) -> participants.findById(event.participantId())
                        .invoke(found -> { if (found != null) { found.close(event.reason()); } }).replaceWithVoid())
                .on(ProgrammeEnrolled.class, (event, envelope) -> programmes.findById(event.enrolmentId())
                        .flatMap(existing -> existing != null ? Uni.createFrom().voidItem() : programmes.persist(ParticipantProgramme.enrolled(
                                event.enrolmentId(), event.participantId(), event.programme(), event.plannedEndDate())).replaceWithVoid()))
                .on(ProgrammeExtended.class, (event, envelope) -> programmes.findById(event.enrolmentId())
                        .invoke(found -> { if (found != null) { found.extendTo(event.plannedEndDate()); } }).replaceWithVoid())
                .on(ProgrammeEnded.class, (event, envelope) -> programmes.findById(event.enrolmentId())
                        .invoke(found -> { if (found != null) { found.end(); } }).replaceWithVoid())
                .on(NetworkPersonAdded.class, (event, envelope) -> network.findById(event.networkPersonId())
                        .flatMap(existing -> existing != null ? Uni.createFrom().voidItem() : network.persist(ParticipantNetworkPerson.added(
                                event.networkPersonId(), event.participantId(), event.joinsFollowUpMeetings())).replaceWithVoid()))
                .on(NetworkPersonRemoved.class, (event, envelope) -> network.findById(event.networkPersonId())
                        .invoke(found -> { if (found != null) { found.remove(); } }).replaceWithVoid());
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(String record) {
        return consumer.consume(CHANNEL, record, handlers);
    }
}
