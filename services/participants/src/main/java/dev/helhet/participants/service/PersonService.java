package dev.helhet.participants.service;

import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.participants.domain.Participant;
import dev.helhet.participants.domain.RecordedHow;
import dev.helhet.participants.domain.nationalid.Country;
import dev.helhet.participants.domain.nationalid.InvalidNationalIdException;
import dev.helhet.participants.domain.nationalid.NationalId;
import dev.helhet.participants.domain.nationalid.NationalIdProtector;
import dev.helhet.participants.domain.nationalid.NationalIdRules;
import dev.helhet.common.audit.AccessAudit;
import dev.helhet.participants.domain.AccessLogEntry;
import dev.helhet.participants.repository.AccessLogRepository;
import dev.helhet.participants.repository.ParticipantRepository;
import java.util.List;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The person's own view. They sign in with a national electronic ID that proves their identity
 * number; their record is the one registered with that number (the active one first). They read
 * only themselves and decide on their own consents.
 */
@ApplicationScoped
public class PersonService {

    private final ParticipantRepository participants;
    private final NationalIdProtector protector;
    private final PersonRecordService records;
    private final ConsentService consents;
    private final Country loginCountry;
    private final AccessAudit audit;
    private final AccessLogRepository accessLogEntries;
    private final Clock clock;

    public PersonService(ParticipantRepository participants, NationalIdProtector protector, PersonRecordService records,
                         ConsentService consents, @ConfigProperty(name = "helhet.person-login.country") Country loginCountry,
                         AccessAudit audit, AccessLogRepository accessLogEntries, Clock clock) {
        this.audit = audit;
        this.accessLogEntries = accessLogEntries;
        this.participants = participants;
        this.protector = protector;
        this.records = records;
        this.consents = consents;
        this.loginCountry = loginCountry;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<PersonRecord> overview(Caller person, String provenNationalId) {
        return self(provenNationalId)
                .call(participant -> audit.permitted(person, participant.municipalityId, participant.id, "participant", "read", null))
                .flatMap(records::overview);
    }

    @WithTransaction
    public Uni<PersonRecord> export(Caller person, String provenNationalId) {
        return self(provenNationalId)
                .call(participant -> audit.permitted(person, participant.municipalityId, participant.id, "participant", "export",
                        "data portability"))
                .flatMap(records::export);
    }

    /** Who has read or changed my data, newest first. */
    @WithSession
    public Uni<List<AccessLogEntry>> accessLog(String provenNationalId) {
        return self(provenNationalId).flatMap(participant -> accessLogEntries.forParticipant(participant.id));
    }

    @WithTransaction
    public Uni<ConsentService.Consents> grant(Caller person, String provenNationalId, ConsentService.Grant grant) {
        ConsentService.Grant digital = new ConsentService.Grant(grant.receiverType(), grant.receiverOrganisationId(), grant.categories(),
                grant.purpose(), grant.validFrom(), grant.validTo(), RecordedHow.DIGITAL);
        return self(provenNationalId)
                .call(participant -> audit.permitted(person, participant.municipalityId, participant.id, "consents", "create", null))
                .flatMap(participant -> consents.grant(person, participant, digital));
    }

    @WithTransaction
    public Uni<ConsentService.Consents> revoke(Caller person, String provenNationalId, UUID consentId, String reason) {
        return self(provenNationalId)
                .call(participant -> audit.permitted(person, participant.municipalityId, participant.id, "consents", "update", null))
                .flatMap(participant -> consents.revoke(person, participant, consentId, reason));
    }

    private Uni<Participant> self(String provenNationalId) {
        if (provenNationalId == null || provenNationalId.isBlank()) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Sign in with your national electronic ID to see your own data");
        }
        NationalId id;
        try {
            id = NationalIdRules.parse(loginCountry, provenNationalId, LocalDate.now(clock));
        } catch (InvalidNationalIdException e) {
            throw new ProblemException(ParticipantProblems.NOT_REGISTERED, "Your sign-in carries no identity number Helhet can read");
        }
        return participants.findAllByNationalId(protector.lookupHash(id.country(), id.number()))
                .map(found -> found.stream().findFirst().orElseThrow(() -> new ProblemException(ParticipantProblems.NOT_REGISTERED,
                        "No service has registered you in Helhet yet")));
    }
}
