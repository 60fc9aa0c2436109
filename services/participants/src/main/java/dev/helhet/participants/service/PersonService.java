package dev.helhet.participants.service;

import dev.helhet.common.audit.AccessAudit;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.problem.Problem;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.participants.domain.AccessLogEntry;
import dev.helhet.participants.domain.NationalIdChange;
import dev.helhet.participants.domain.Participant;
import dev.helhet.participants.domain.RecordedHow;
import dev.helhet.participants.domain.nationalid.Country;
import dev.helhet.participants.domain.nationalid.InvalidNationalIdException;
import dev.helhet.participants.domain.nationalid.NationalId;
import dev.helhet.participants.domain.nationalid.NationalIdProtector;
import dev.helhet.participants.domain.nationalid.NationalIdRules;
import dev.helhet.participants.repository.AccessLogRepository;
import dev.helhet.participants.repository.ConsentRepository;
import dev.helhet.participants.repository.NationalIdChangeRepository;
import dev.helhet.participants.repository.ParticipantRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The person's own view. They sign in with a national electronic ID that proves their identity
 * number; every record registered with that number is theirs — one per municipality that has
 * registered them — and they see all of them, each saying which municipality holds it. A
 * registration elsewhere never hides or replaces a record they already control. They read only
 * themselves and decide on their own consents.
 */
@ApplicationScoped
public class PersonService {

    private final ParticipantRepository participants;
    private final NationalIdProtector protector;
    private final PersonRecordService records;
    private final ConsentService consentService;
    private final ConsentRepository consents;
    private final Country loginCountry;
    private final AccessAudit audit;
    private final AccessLogRepository accessLogEntries;
    private final NationalIdChangeRepository identityChanges;
    private final Clock clock;

    public PersonService(ParticipantRepository participants, NationalIdProtector protector, PersonRecordService records,
                         ConsentService consentService, ConsentRepository consents,
                         @ConfigProperty(name = "helhet.person-login.country") Country loginCountry,
                         AccessAudit audit, AccessLogRepository accessLogEntries, NationalIdChangeRepository identityChanges,
                         Clock clock) {
        this.identityChanges = identityChanges;
        this.participants = participants;
        this.protector = protector;
        this.records = records;
        this.consentService = consentService;
        this.consents = consents;
        this.loginCountry = loginCountry;
        this.audit = audit;
        this.accessLogEntries = accessLogEntries;
        this.clock = clock;
    }

    /** My records, and where my number was taken off a record (so that the change is never silent to me). */
    public record Overview(List<PersonRecord> records, List<NationalIdChange> removedFrom) {
    }

    /** Every record held on me, active first, each read logged for its municipality. */
    @WithTransaction
    public Uni<Overview> overview(Caller person, String provenNationalId) {
        return mine(provenNationalId).flatMap(found -> each(found, participant ->
                        audit.permitted(person, participant.municipalityId, participant.id, "participant", "read", null)
                                .flatMap(logged -> records.overview(participant))))
                .flatMap(mine -> identityChanges.tookOff(lookup(provenNationalId)).map(removed -> new Overview(mine, removed)));
    }

    /** Everything held on me, every record complete with its access log; the download is logged for each. */
    @WithTransaction
    public Uni<List<PersonRecord>> export(Caller person, String provenNationalId) {
        return mine(provenNationalId).flatMap(found -> each(found, participant ->
                audit.permitted(person, participant.municipalityId, participant.id, "participant", "export", "data portability")
                        .flatMap(logged -> records.export(participant))));
    }

    /** Who has read or changed my data, in every municipality that holds a record of me, newest first. */
    @WithSession
    public Uni<Page<AccessLogEntry>> accessLog(String provenNationalId, PageRequest paging) {
        return mine(provenNationalId).flatMap(found -> accessLogEntries.forParticipants(found.stream().map(p -> p.id).toList(), paging));
    }

    /**
     * I give consent on one of my records: the one I name, or my only active one. A person registered in several
     * municipalities names the record, because a consent is given to the services of one municipality.
     */
    @WithTransaction
    public Uni<ConsentService.Consents> grant(Caller person, String provenNationalId, UUID recordId, ConsentService.Grant grant) {
        ConsentService.Grant digital = new ConsentService.Grant(grant.receiverType(), grant.receiverOrganisationId(), grant.categories(),
                grant.purpose(), grant.validFrom(), grant.validTo(), RecordedHow.DIGITAL);
        return mine(provenNationalId).map(found -> chosen(found, recordId))
                .call(participant -> audit.permitted(person, participant.municipalityId, participant.id, "consents", "create", null))
                .flatMap(participant -> consentService.grant(person, participant, digital));
    }

    /** I withdraw a consent given on any of my records. */
    @WithTransaction
    public Uni<ConsentService.Consents> revoke(Caller person, String provenNationalId, UUID consentId, String reason) {
        return mine(provenNationalId).flatMap(found -> consents.findById(consentId).map(consent -> found.stream()
                        .filter(participant -> consent != null && participant.id.equals(consent.participantId)).findFirst()
                        .orElseThrow(() -> ProblemException.notFound("Consent " + consentId))))
                .call(participant -> audit.permitted(person, participant.municipalityId, participant.id, "consents", "update", null))
                .flatMap(participant -> consentService.revoke(person, participant, consentId, reason));
    }

    private static Participant chosen(List<Participant> mine, UUID recordId) {
        if (recordId != null) {
            return mine.stream().filter(participant -> participant.id.equals(recordId)).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("Your record " + recordId));
        }
        List<Participant> active = mine.stream().filter(Participant::isActive).toList();
        if (active.size() > 1) {
            throw ProblemException.invalidField("record", "you are registered in " + active.size() + " municipalities: name the"
                    + " record (participant id) the consent is for", "required");
        }
        // With no active record, the first one answers that nothing can be added to a closed follow-up.
        return active.isEmpty() ? mine.getFirst() : active.getFirst();
    }

    private static Uni<List<PersonRecord>> each(List<Participant> found, Function<Participant, Uni<PersonRecord>> read) {
        return Multi.createFrom().iterable(found).onItem().<PersonRecord>transformToUniAndConcatenate(read::apply).collect().asList();
    }

    /**
     * Every record registered with the number my sign-in proves, active first, newest first; 404 when there is none,
     * naming the municipalities that took my number off a record, if any did.
     */
    private Uni<List<Participant>> mine(String provenNationalId) {
        byte[] lookup = lookup(provenNationalId);
        return participants.findAllByNationalId(lookup).flatMap(found -> found.isEmpty()
                ? identityChanges.tookOff(lookup).map(removed -> {
                    throw notRegistered(removed);
                })
                : Uni.createFrom().item(found));
    }

    private static ProblemException notRegistered(List<NationalIdChange> removed) {
        if (removed.isEmpty()) {
            return new ProblemException(ParticipantProblems.NOT_REGISTERED, "No service has registered you in Helhet yet");
        }
        return new ProblemException(Problem.of(ParticipantProblems.NOT_REGISTERED, "No record in Helhet has your identity number"
                        + " now; a municipality took it off a record: ask them why if you did not expect it")
                .with("removedFrom", removed.stream().map(change -> java.util.Map.of("municipalityId", change.municipalityId,
                        "changedAt", change.changedAt.toString())).toList()));
    }

    /** The lookup hash of the number my sign-in proves. */
    private byte[] lookup(String provenNationalId) {
        if (provenNationalId == null || provenNationalId.isBlank()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Sign in with your national electronic ID to see your own data");
        }
        try {
            NationalId id = NationalIdRules.parse(loginCountry, provenNationalId, LocalDate.now(clock));
            return protector.lookupHash(id.country(), id.number());
        } catch (InvalidNationalIdException e) {
            throw new ProblemException(ParticipantProblems.NOT_REGISTERED, "Your sign-in carries no identity number Helhet can read");
        }
    }
}
