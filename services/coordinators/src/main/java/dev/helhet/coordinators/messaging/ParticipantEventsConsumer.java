package dev.helhet.coordinators.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helhet.common.messaging.EventReader;
import dev.helhet.common.messaging.IdempotentConsumer;
import dev.helhet.contracts.EventEnvelope;
import dev.helhet.contracts.participants.NetworkPersonAdded;
import dev.helhet.contracts.participants.NetworkPersonRemoved;
import dev.helhet.contracts.participants.ParticipantClosed;
import dev.helhet.contracts.participants.ParticipantRegistered;
import dev.helhet.contracts.participants.ProgrammeEnded;
import dev.helhet.contracts.participants.ProgrammeEnrolled;
import dev.helhet.contracts.participants.ProgrammeExtended;
import dev.helhet.coordinators.domain.ParticipantNetworkPerson;
import dev.helhet.coordinators.domain.ParticipantProgramme;
import dev.helhet.coordinators.domain.ParticipantRef;
import dev.helhet.coordinators.repository.ParticipantNetworkPersonRepository;
import dev.helhet.coordinators.repository.ParticipantProgrammeRepository;
import dev.helhet.coordinators.repository.ParticipantRefRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the coordinators service's picture of participants (status, programmes with planned ends,
 * network persons) from {@code participants.participant.v1}; each event has its effect once.
 */
@ApplicationScoped
public class ParticipantEventsConsumer {

    static final String CHANNEL = "participant-events";

    private final EventReader reader;
    private final IdempotentConsumer idempotency;
    private final ParticipantRefRepository participants;
    private final ParticipantProgrammeRepository programmes;
    private final ParticipantNetworkPersonRepository network;

    public ParticipantEventsConsumer(EventReader reader, IdempotentConsumer idempotency, ParticipantRefRepository participants,
                                     ParticipantProgrammeRepository programmes, ParticipantNetworkPersonRepository network) {
        this.reader = reader;
        this.idempotency = idempotency;
        this.participants = participants;
        this.programmes = programmes;
        this.network = network;
    }

    @Incoming(CHANNEL)
    @WithTransaction
    public Uni<Void> consume(String record) {
        EventEnvelope<JsonNode> envelope = reader.envelope(record);
        return idempotency.once(CHANNEL, envelope.eventId(), () -> apply(envelope)).replaceWithVoid();
    }

    private Uni<Void> apply(EventEnvelope<JsonNode> envelope) {
        return switch (envelope.eventType()) {
            case "ParticipantRegistered" -> {
                ParticipantRegistered event = reader.payload(envelope, ParticipantRegistered.class);
                yield participants.findById(event.participantId()).flatMap(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().voidItem();
                    }
                    ParticipantRef participant = new ParticipantRef();
                    participant.participantId = event.participantId();
                    participant.municipalityId = envelope.municipalityId();
                    participant.status = "active";
                    participant.registeredAt = envelope.occurredAt();
                    return participants.persist(participant).replaceWithVoid();
                });
            }
            case "ParticipantClosed" -> {
                ParticipantClosed event = reader.payload(envelope, ParticipantClosed.class);
                yield participants.findById(event.participantId()).invoke(found -> {
                    if (found != null) {
                        found.status = event.reason();
                    }
                }).replaceWithVoid();
            }
            case "ProgrammeEnrolled" -> {
                ProgrammeEnrolled event = reader.payload(envelope, ProgrammeEnrolled.class);
                yield programmes.findById(event.enrolmentId()).flatMap(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().voidItem();
                    }
                    ParticipantProgramme programme = new ParticipantProgramme();
                    programme.enrolmentId = event.enrolmentId();
                    programme.participantId = event.participantId();
                    programme.programme = event.programme();
                    programme.plannedEndDate = event.plannedEndDate();
                    return programmes.persist(programme).replaceWithVoid();
                });
            }
            case "ProgrammeExtended" -> {
                ProgrammeExtended event = reader.payload(envelope, ProgrammeExtended.class);
                yield programmes.findById(event.enrolmentId()).invoke(found -> {
                    if (found != null) {
                        found.plannedEndDate = event.plannedEndDate();
                    }
                }).replaceWithVoid();
            }
            case "ProgrammeEnded" -> {
                ProgrammeEnded event = reader.payload(envelope, ProgrammeEnded.class);
                yield programmes.findById(event.enrolmentId()).invoke(found -> {
                    if (found != null) {
                        found.ended = true;
                    }
                }).replaceWithVoid();
            }
            case "NetworkPersonAdded" -> {
                NetworkPersonAdded event = reader.payload(envelope, NetworkPersonAdded.class);
                yield network.findById(event.networkPersonId()).flatMap(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().voidItem();
                    }
                    ParticipantNetworkPerson person = new ParticipantNetworkPerson();
                    person.networkPersonId = event.networkPersonId();
                    person.participantId = event.participantId();
                    person.joinsFollowUpMeetings = event.joinsFollowUpMeetings();
                    return network.persist(person).replaceWithVoid();
                });
            }
            case "NetworkPersonRemoved" -> {
                NetworkPersonRemoved event = reader.payload(envelope, NetworkPersonRemoved.class);
                yield network.findById(event.networkPersonId()).invoke(found -> {
                    if (found != null) {
                        found.removed = true;
                    }
                }).replaceWithVoid();
            }
            default -> Uni.createFrom().voidItem();
        };
    }
}
