package dev.helhet.participants.service;

import dev.helhet.careaccess.CareRelation;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.participants.domain.AccessLogEntry;
import dev.helhet.participants.repository.AccessLogRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reading the access log, and checking its hash chain. */
@ApplicationScoped
public class AccessLogService {

    private final CaseAccess access;
    private final AccessLogRepository log;

    public AccessLogService(CaseAccess access, AccessLogRepository log) {
        this.access = access;
        this.log = log;
    }

    /** What walking the chain found. */
    public record ChainCheck(long entries, Long firstBrokenPosition) {
    }

    @WithTransaction
    public Uni<Page<AccessLogEntry>> forPerson(Caller caller, UUID participantId, PageRequest paging) {
        return access.open(caller, participantId, "access-log", "read", null,
                        relation -> relation.responsible() || relation == CareRelation.TEAM_LEAD)
                .flatMap(found -> log.forParticipants(List.of(participantId), paging));
    }

    @WithSession
    public Uni<Page<AccessLogEntry>> search(Caller caller, UUID participantId, String actorSubject, Instant from, Instant to,
                                            PageRequest paging) {
        return log.search(caller.municipalityId(), participantId, actorSubject, from, to, paging);
    }

    @WithSession
    public Uni<ChainCheck> verify() {
        return log.verifyChain().map(row -> new ChainCheck(row.entries(), row.firstBrokenPosition()));
    }
}
