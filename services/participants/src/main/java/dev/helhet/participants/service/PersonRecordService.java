package dev.helhet.participants.service;

import dev.helhet.participants.domain.Participant;
import dev.helhet.participants.domain.RecordLimits;
import dev.helhet.participants.domain.nationalid.NationalIdProtector;
import dev.helhet.participants.repository.AccessLogRepository;
import dev.helhet.participants.repository.ConsentChangeRepository;
import dev.helhet.participants.repository.ConsentRepository;
import dev.helhet.participants.repository.NationalIdChangeRepository;
import dev.helhet.participants.repository.NetworkPersonRepository;
import dev.helhet.participants.repository.ProgrammeEnrolmentRepository;
import dev.helhet.participants.repository.ProgrammeExtensionRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Gathers a person's whole record, for their own view and for data portability. */
@ApplicationScoped
public class PersonRecordService {

    private final ProgrammeEnrolmentRepository enrolments;
    private final ProgrammeExtensionRepository extensions;
    private final NetworkPersonRepository network;
    private final ConsentRepository consents;
    private final ConsentChangeRepository changes;
    private final NationalIdChangeRepository identityChanges;
    private final AccessLogRepository accessLogEntries;
    private final NationalIdProtector protector;

    public PersonRecordService(ProgrammeEnrolmentRepository enrolments, ProgrammeExtensionRepository extensions,
                               NetworkPersonRepository network, ConsentRepository consents, ConsentChangeRepository changes,
                               NationalIdChangeRepository identityChanges, AccessLogRepository accessLogEntries,
                               NationalIdProtector protector) {
        this.identityChanges = identityChanges;
        this.enrolments = enrolments;
        this.extensions = extensions;
        this.network = network;
        this.consents = consents;
        this.changes = changes;
        this.accessLogEntries = accessLogEntries;
        this.protector = protector;
    }

    /** The person's record without the full identity number and the access log (call within a session). */
    Uni<PersonRecord> overview(Participant participant) {
        return gather(false, participant, null, List.of());
    }

    /**
     * Everything, the identity number in full and the access log included (its newest {@link RecordLimits#EXPORTED_ACCESSES}
     * entries; the person pages through the rest at /me/access-log). The caller logs the export.
     */
    Uni<PersonRecord> export(Participant participant) {
        String number = participant.hasNationalId()
                ? protector.decrypt(participant.encryptedNationalId(), participant.id, participant.nationalIdCountry)
                : null;
        return accessLogEntries.newestOf(participant.id, RecordLimits.EXPORTED_ACCESSES).flatMap(log -> gather(true, participant, number, log));
    }

    private Uni<PersonRecord> gather(boolean complete, Participant participant, String number,
                                     List<dev.helhet.participants.domain.AccessLogEntry> log) {
        return enrolments.forParticipant(participant.id).flatMap(enrolled ->
                extensions.forEnrolments(enrolled.stream().map(e -> e.id).toList()).flatMap(extended ->
                        network.all(participant.id).flatMap(people ->
                                consents.forParticipant(participant.id).flatMap(given ->
                                        changes.forConsents(given.stream().map(c -> c.id).toList()).flatMap(history ->
                                                identityChanges.forParticipant(participant.id).map(identity ->
                                                        new PersonRecord(complete, participant, number, enrolled, extended,
                                                                complete ? people : people.stream().filter(p -> p.isCurrent()).toList(),
                                                                given, history, identity, log)))))));
    }
}
