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
import dev.helhet.participants.repository.ParticipantRepository;
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
    private final Clock clock;

    public PersonService(ParticipantRepository participants, NationalIdProtector protector, PersonRecordService records,
                         ConsentService consents, @ConfigProperty(name = "helhet.person-login.country") Country loginCountry,
                         Clock clock) {
        this.participants = participants;
        this.protector = protector;
        this.records = records;
        this.consents = consents;
        this.loginCountry = loginCountry;
        this.clock = clock;
    }

    @WithSession
    public Uni<PersonRecord> overview(String provenNationalId) {
        return self(provenNationalId).flatMap(records::overview);
    }

    @WithTransaction
    public Uni<PersonRecord> export(Caller person, String provenNationalId) {
        return self(provenNationalId).flatMap(participant -> records.export(person, participant));
    }

    @WithTransaction
    public Uni<ConsentService.Consents> grant(Caller person, String provenNationalId, ConsentService.Grant grant) {
        ConsentService.Grant digital = new ConsentService.Grant(grant.receiverType(), grant.receiverOrganisationId(), grant.categories(),
                grant.purpose(), grant.validFrom(), grant.validTo(), RecordedHow.DIGITAL);
        return self(provenNationalId).flatMap(participant -> consents.grant(person, participant, digital));
    }

    @WithTransaction
    public Uni<ConsentService.Consents> revoke(Caller person, String provenNationalId, UUID consentId, String reason) {
        return self(provenNationalId).flatMap(participant -> consents.revoke(person, participant, consentId, reason));
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
