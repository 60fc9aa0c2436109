package dev.helhet.participants.service;

import dev.helhet.common.tenancy.Caller;
import dev.helhet.participants.repository.ParticipantRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Data portability for the coordinator: everything held on a person, in one document, logged. */
@ApplicationScoped
public class ExportService {

    private final ParticipantRepository participants;
    private final PersonRecordService records;

    public ExportService(ParticipantRepository participants, PersonRecordService records) {
        this.participants = participants;
        this.records = records;
    }

    @WithTransaction
    public Uni<PersonRecord> export(Caller caller, UUID participantId) {
        return participants.requireInMunicipality(participantId, caller.municipalityId())
                .flatMap(participant -> records.export(caller, participant));
    }
}
