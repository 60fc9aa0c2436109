package dev.helhet.participants.service;

import dev.helhet.careaccess.ConsentStatus;
import dev.helhet.careaccess.InformationCategory;
import dev.helhet.careaccess.ReceiverType;
import dev.helhet.careaccess.repository.CareOrganisations;
import dev.helhet.common.audit.AccessAudit;
import dev.helhet.common.outbox.EventPublisher;
import dev.helhet.common.persistence.LockedCount;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.contracts.Actor;
import dev.helhet.contracts.participants.ConsentExpired;
import dev.helhet.contracts.participants.ConsentGranted;
import dev.helhet.contracts.participants.ConsentRevoked;
import dev.helhet.participants.domain.Consent;
import dev.helhet.participants.domain.ConsentChange;
import dev.helhet.participants.domain.Participant;
import dev.helhet.participants.domain.RecordLimits;
import dev.helhet.participants.domain.RecordedHow;
import dev.helhet.participants.repository.ConsentChangeRepository;
import dev.helhet.participants.repository.ConsentRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Consent to share: granted for a receiver, categories and purpose within a period; revoked with a
 * reason; expired by itself after valid-to. Every change is kept and published at once (the expiry
 * within seconds, by {@link ConsentExpiryJob}), so other services can stop showing data.
 */
@ApplicationScoped
public class ConsentService {

    /** A consent may run for at most this long: consent is time-limited by design. */
    public static final Duration LONGEST_VALIDITY = Duration.ofDays(3 * 365 + 1);
    static final Actor EXPIRY = Actor.system("consent-expiry");

    private final CaseAccess access;
    private final ConsentRepository consents;
    private final ConsentChangeRepository changes;
    private final CareOrganisations organisations;
    private final EventPublisher events;
    private final AccessAudit audit;
    private final Clock clock;

    public ConsentService(CaseAccess access, ConsentRepository consents, ConsentChangeRepository changes,
                          CareOrganisations organisations, EventPublisher events, AccessAudit audit, Clock clock) {
        this.access = access;
        this.consents = consents;
        this.changes = changes;
        this.organisations = organisations;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a consent covers. */
    public record Grant(ReceiverType receiverType, UUID receiverOrganisationId, Set<InformationCategory> categories,
                        String purpose, Instant validFrom, Instant validTo, RecordedHow recordedHow) {
    }

    /** Consents with their history. */
    public record Consents(List<Consent> consents, List<ConsentChange> changes) {
    }

    /** A caseworker records the person's consent on their behalf (see {@link ConsentAuthority}). */
    @WithTransaction
    public Uni<Consents> grant(Caller caller, UUID participantId, Grant grant) {
        return actingForThePerson(caller, participantId, "create").flatMap(found -> access.organisationsOf(caller)
                .flatMap(own -> access.coordinatorOrganisationOf(participantId).flatMap(home ->
                        ConsentAuthority.opensToOwnOrganisation(grant.receiverType(), grant.receiverOrganisationId(), own, home, found.relation())
                                ? refused(caller, found.participant(), "create", ParticipantProblems.SELF_GRANT, own.isEmpty()
                                ? "Helhet does not know which organisation you work for, so it cannot tell that this consent does not"
                                + " open the person's information to your own: ask the municipality admin to register you as a professional"
                                : "The consent would open the person's information to an organisation you work for: the person gives it"
                                + " themself, or their coordinator records it")
                                : grant(caller, found.participant(), grant))));
    }

    @WithTransaction
    public Uni<Consents> list(Caller caller, UUID participantId) {
        return access.open(caller, participantId, "consents", "read").map(CaseAccess.Access::participant).flatMap(this::history);
    }

    /** A caseworker records that the person withdrew a consent (see {@link ConsentAuthority}). */
    @WithTransaction
    public Uni<Consents> revoke(Caller caller, UUID participantId, UUID consentId, String reason) {
        return actingForThePerson(caller, participantId, "update").flatMap(found -> revoke(caller, found.participant(), consentId, reason));
    }

    /** The person, when the caller may act for them in consent matters; 403 (logged as a refusal) when they only see them. */
    private Uni<CaseAccess.Access> actingForThePerson(Caller caller, UUID participantId, String action) {
        return access.open(caller, participantId, "consents", action)
                .flatMap(found -> ConsentAuthority.actsForThePerson(found.relation(), caller)
                        ? Uni.createFrom().item(found)
                        : refused(caller, found.participant(), action, ParticipantProblems.NOT_YOURS_TO_RECORD,
                        "Consent is given by the person, or recorded on their behalf by their coordinator, the coordinator's deputy"
                                + " or a team lead"));
    }

    private <T> Uni<T> refused(Caller caller, Participant participant, String action, ProblemType type, String detail) {
        return audit.denied(caller, participant.municipalityId, participant.id, "consents", action)
                .flatMap(logged -> Uni.createFrom().failure(new ProblemException(type, detail)));
    }

    /** Grants for a participant already found (by the caseworker's municipality or the person's own sign-in). */
    Uni<Consents> grant(Caller caller, Participant participant, Grant grant) {
        Instant now = clock.instant();
        if (!participant.isActive()) {
            throw new ProblemException(ParticipantProblems.NOT_ACTIVE, "The person's follow-up here has ended; consent cannot be given here");
        }
        if (grant.receiverType() == ReceiverType.ORGANISATION && grant.receiverOrganisationId() == null) {
            throw ProblemException.invalidField("receiver.organisationId", "is required when the receiver is one organisation", "required");
        }
        if (grant.receiverType() == ReceiverType.TEAM && grant.receiverOrganisationId() != null) {
            throw ProblemException.invalidField("receiver.organisationId", "must be left out when the receiver is the whole team", "not-applicable");
        }
        if (grant.recordedHow() == null) {
            throw ProblemException.invalidField("recordedHow", "say how the consent was given: signed-form, verbal or digital", "required");
        }
        Instant from = grant.validFrom() == null ? now : grant.validFrom();
        if (!grant.validTo().isAfter(from)) {
            throw ProblemException.invalidField("validTo", "must be after validFrom", "before-start");
        }
        if (grant.validTo().isAfter(now.plus(LONGEST_VALIDITY))) {
            throw ProblemException.invalidField("validTo", "may be at most three years ahead: consent is time-limited", "too-long");
        }
        Uni<Boolean> receiverServes = grant.receiverType() == ReceiverType.TEAM ? Uni.createFrom().item(true)
                : organisations.serves(grant.receiverOrganisationId(), participant.municipalityId);
        return receiverServes.flatMap(serves -> {
            if (!serves) {
                throw ProblemException.invalidField("receiver.organisationId", "names no organisation that serves "
                        + participant.municipalityId + ": choose one from the municipality's registry", "unknown-organisation");
            }
            return record(caller, participant, grant, from, now);
        });
    }

    private Uni<Consents> record(Caller caller, Participant participant, Grant grant, Instant from, Instant now) {
        Consent consent = Consent.given(participant.id, participant.municipalityId, grant.receiverType(), grant.receiverOrganisationId(),
                grant.categories(), grant.purpose(), from, grant.validTo(), grant.recordedHow(), caller.subject(), now);
        return LockedCount.of("Participant", participant.id, "select count(c) from Consent c where c.participantId = :id")
                .invoke(RecordLimits.CONSENTS_OF_A_RECORD::admitOneMore)
                .chain(() -> consents.persist(consent))
                .call(saved -> changes.persist(ConsentChange.of(saved, "granted", now, caller.actor().type().json(), caller.subject(), null)))
                .call(saved -> events.publish(new ConsentGranted(saved.id, participant.id, saved.receiverType.code(),
                        saved.receiverOrganisationId, saved.categories().stream().map(InformationCategory::code).toList(),
                        saved.validFrom, saved.validTo), participant.municipalityId, saved.id.toString(), caller.actor()))
                .flatMap(saved -> history(participant));
    }

    Uni<Consents> revoke(Caller caller, Participant participant, UUID consentId, String reason) {
        Instant now = clock.instant();
        return consents.require(participant.id, consentId).flatMap(consent -> {
            if (consent.statusAt(now) != ConsentStatus.ACTIVE) {
                throw new ProblemException(ParticipantProblems.CONSENT_NOT_ACTIVE,
                        "The consent is " + consent.statusAt(now).code() + " already; nothing to revoke");
            }
            consent.revoke(reason, now, caller.subject());
            return changes.persist(ConsentChange.of(consent, "revoked", now, caller.actor().type().json(), caller.subject(), consent.revocationReason))
                    .call(change -> events.publish(new ConsentRevoked(consent.id, participant.id, now),
                            participant.municipalityId, consent.id.toString(), caller.actor()))
                    .flatMap(change -> history(participant));
        });
    }

    Uni<Consents> history(Participant participant) {
        return consents.forParticipant(participant.id).flatMap(found -> changes.forConsents(found.stream().map(c -> c.id).toList())
                .map(history -> new Consents(found, history)));
    }

    /** Marks up to {@code batch} consents past their valid-to as expired and publishes ConsentExpired for each. */
    @WithTransaction
    public Uni<Integer> expireDue(int batch) {
        Instant now = clock.instant();
        return consents.lockDueToExpire(now, batch).flatMap(due -> Multi.createFrom().iterable(due)
                .onItem().transformToUniAndConcatenate(consent -> {
                    consent.expire(now);
                    return changes.persist(ConsentChange.of(consent, "expired", now, EXPIRY.type().json(), EXPIRY.subject(), null))
                            .flatMap(change -> events.publish(new ConsentExpired(consent.id, consent.participantId, now),
                                    consent.municipalityId, consent.id.toString(), EXPIRY));
                })
                .collect().asList()
                .map(List::size));
    }
}
