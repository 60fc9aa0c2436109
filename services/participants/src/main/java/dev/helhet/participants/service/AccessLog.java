package dev.helhet.participants.service;

import dev.helhet.common.tenancy.Caller;
import dev.helhet.participants.domain.AccessLogEntry;
import dev.helhet.participants.domain.Participant;
import dev.helhet.participants.repository.AccessLogRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** Writes access-log entries in the caller's transaction, so an entry exists exactly when the access happened. */
@ApplicationScoped
public class AccessLog {

    /** The kinds of access that are logged. */
    public enum Action {
        READ("read"), REVEAL_NATIONAL_ID("reveal-national-id"), EXPORT("export");

        final String code;

        Action(String code) {
            this.code = code;
        }
    }

    private final AccessLogRepository entries;
    private final Clock clock;

    public AccessLog(AccessLogRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public Uni<Void> permitted(Caller caller, Participant participant, Action action, String purpose) {
        AccessLogEntry entry = new AccessLogEntry();
        entry.occurredAt = clock.instant();
        entry.municipalityId = participant.municipalityId;
        entry.participantId = participant.id;
        entry.actorType = caller.actor().type().json();
        entry.actorSubject = caller.subject();
        entry.actorRoles = String.join(",", new java.util.TreeSet<>(caller.roles()));
        entry.action = action.code;
        entry.purpose = purpose;
        entry.outcome = "permitted";
        entry.requestId = caller.requestId();
        return entries.persist(entry).replaceWithVoid();
    }
}
