package dev.helhet.participants.service;

import dev.helhet.careaccess.CareRelation;
import dev.helhet.common.tenancy.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Data portability for the coordinator: everything held on a person, in one document, logged. */
@ApplicationScoped
public class ExportService {

    private final CaseAccess access;
    private final PersonRecordService records;

    public ExportService(CaseAccess access, PersonRecordService records) {
        this.access = access;
        this.records = records;
    }

    @WithTransaction
    public Uni<PersonRecord> export(Caller caller, UUID participantId) {
        // Data portability is the coordinator's duty (or their deputy's), not every team member's.
        return access.open(caller, participantId, "participant", "export", "data portability",
                        CareRelation::responsible)
                .flatMap(found -> records.export(found.participant()));
    }
}
