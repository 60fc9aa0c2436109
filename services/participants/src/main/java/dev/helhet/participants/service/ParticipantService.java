package dev.helhet.participants.service;

import dev.helhet.careaccess.CareRelation;
import dev.helhet.common.audit.AccessAudit;
import dev.helhet.common.outbox.EventPublisher;
import dev.helhet.common.persistence.LockedCount;
import dev.helhet.common.problem.Problem;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.common.time.NordicTime;
import dev.helhet.contracts.participants.AgeBand;
import dev.helhet.contracts.participants.ParticipantClosed;
import dev.helhet.contracts.participants.ParticipantRegistered;
import dev.helhet.contracts.participants.ParticipantUpdated;
import dev.helhet.contracts.participants.ProgrammeEnded;
import dev.helhet.participants.domain.EndReason;
import dev.helhet.participants.domain.NationalIdChange;
import dev.helhet.participants.domain.Participant;
import dev.helhet.participants.domain.ParticipantDetails;
import dev.helhet.participants.domain.ParticipantStatus;
import dev.helhet.participants.domain.Programme;
import dev.helhet.participants.domain.ProgrammeEnrolment;
import dev.helhet.participants.domain.RecordLimits;
import dev.helhet.participants.domain.nationalid.Country;
import dev.helhet.participants.domain.nationalid.NationalId;
import dev.helhet.participants.domain.nationalid.NationalIdProtector;
import dev.helhet.participants.domain.nationalid.NationalIdRules;
import dev.helhet.participants.repository.NationalIdChangeRepository;
import dev.helhet.participants.repository.ParticipantRepository;
import dev.helhet.participants.repository.ParticipantRepository.ParticipantQuery;
import dev.helhet.participants.repository.ProgrammeEnrolmentRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Registering, correcting, finding and closing participants; each change commits with its event. */
@ApplicationScoped
public class ParticipantService {


    private final ParticipantRepository participants;
    private final ProgrammeEnrolmentRepository enrolments;
    private final NationalIdChangeRepository changes;
    private final NationalIdProtector protector;
    private final EventPublisher events;
    private final CaseAccess access;
    private final AccessAudit audit;
    private final Clock clock;

    public ParticipantService(ParticipantRepository participants, ProgrammeEnrolmentRepository enrolments,
                              NationalIdChangeRepository changes, NationalIdProtector protector, EventPublisher events,
                              CaseAccess access, AccessAudit audit, Clock clock) {
        this.participants = participants;
        this.enrolments = enrolments;
        this.changes = changes;
        this.protector = protector;
        this.events = events;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A participant with the programmes they are in, and warnings about the identity number (registration only). */
    public record View(Participant participant, List<ProgrammeEnrolment> enrolments, List<String> warnings) {
    }

    /** One page of participants. */
    public record Page(List<View> items, int page, int size, long total) {
    }

    @WithTransaction
    public Uni<View> register(Caller caller, ParticipantDetails details, Country country, String number) {
        UUID id = UUID.randomUUID();
        Participant participant = Participant.register(id, caller.municipalityId(), details, clock.instant(), caller.subject());
        NationalId nationalId = number == null ? null : NationalIdRules.parse(country, number, today());
        Uni<Void> unique = nationalId == null ? Uni.createFrom().voidItem()
                : attachUniqueNationalId(caller, participant, nationalId);
        return unique
                .flatMap(ignored -> participants.persist(participant))
                .call(saved -> events.publish(registered(saved), saved.municipalityId, saved.id.toString(), caller.actor()))
                .call(saved -> audit.permitted(caller, saved.municipalityId, saved.id, "participant", "create", null))
                .map(saved -> new View(saved, List.of(), nationalId == null ? List.of() : nationalId.warnings()));
    }

    /** The person, with the programmes the caller may see (a team member only those their consent opens). */
    @WithTransaction
    public Uni<View> get(Caller caller, UUID id) {
        return access.open(caller, id, "participant", "read").flatMap(found -> enrolments.forParticipant(id)
                .map(enrolled -> new View(found.participant(), found.visible(enrolled), List.of())));
    }

    /**
     * The people the caller may see, each read logged. Current programmes are listed for roles that
     * coordinate; a professional sees them on the person's page, within what consent opens.
     */
    /** What a caller asks of the list: filters, sort and page (the municipality is always the caller's). */
    public record ListRequest(String text, ParticipantStatus status, Programme programme, String sortField, boolean descending,
                              int page, int size) {
    }

    @WithTransaction
    public Uni<Page> list(Caller caller, ListRequest request) {
        ParticipantQuery query = new ParticipantQuery(caller.municipalityId(), request.text(), request.status(), request.programme(),
                request.sortField(), request.descending(), request.page(), request.size(), null);
        boolean showProgrammes = caller.hasRole(Roles.COORDINATOR)
                || caller.hasRole(Roles.TEAM_LEAD) || caller.hasRole(Roles.PARTNER);
        return access.visibility(caller).map(query::visibleAs).flatMap(visible -> list(caller, visible, showProgrammes));
    }

    private Uni<Page> list(Caller caller, ParticipantQuery query, boolean showProgrammes) {
        return participants.search(query).flatMap(found -> enrolments.forParticipants(found.stream().map(p -> p.id).toList())
                .call(enrolled -> audit.listed(caller, caller.municipalityId(), found.stream().map(p -> p.id).toList(), "participant"))
                .flatMap(enrolled -> participants.count(query).map(total -> new Page(
                        found.stream().map(participant -> new View(participant, showProgrammes
                                ? enrolled.stream().filter(e -> e.participantId.equals(participant.id)).toList() : List.of(), List.of())).toList(),
                        query.page(), query.size(), total))));
    }

    @WithTransaction
    public Uni<View> update(Caller caller, UUID id, long expectedVersion, ParticipantDetails details, Country country, String number) {
        // A record of someone who moved or whose follow-up closed is history: kept as it was, read-only.
        return active(caller, id, "participant", "update").flatMap(participant -> {
            if (participant.version != expectedVersion) {
                throw new ProblemException(Problem.of(ProblemType.STALE_VERSION,
                        "The person was changed after you read them (version " + participant.version + "); read again and repeat the change"));
            }
            if (number != null) {
                NationalId nationalId = NationalIdRules.parse(country, number, today());
                if (!Arrays.equals(protector.lookupHash(nationalId.country(), nationalId.number()), participant.nationalIdLookup)) {
                    // The person's own access follows the number: it changes only by the audited act below, never by an edit.
                    throw ProblemException.invalidField("nationalId", "is added or changed through PUT /api/v1/participants/" + id
                            + "/national-id, by the coordinator or a municipality admin with a reason", "change-separately");
                }
            }
            List<String> changed = participant.update(details, clock.instant(), caller.subject());
            Uni<?> event = changed.isEmpty() ? Uni.createFrom().voidItem()
                    : events.publish(new ParticipantUpdated(id, changed), participant.municipalityId, id.toString(), caller.actor());
            return event.flatMap(published -> enrolments.forParticipant(id).map(found -> new View(participant, found, List.of())));
        });
    }

    /**
     * Adds or changes the person's identity number: an act of their coordinator (or deputy, or the coordinator
     * who registered them) or of the municipality admin, with a reason. It is written to the access log and to
     * the record's identity history, both of which the person sees, because their own sign-in follows the number.
     */
    @WithTransaction
    public Uni<NationalIdChange> changeNationalId(Caller caller, UUID id, Country country, String number, String reason) {
        NationalId nationalId = NationalIdRules.parse(country, number, today());
        Uni<CaseAccess.Access> opened = caller.hasRole(Roles.MUNICIPALITY_ADMIN)
                ? access.openAsAdministrator(caller, id, "national-id", "change-national-id", reason.strip())
                : access.open(caller, id, "national-id", "change-national-id", reason.strip(), CareRelation::responsible);
        return opened.map(CaseAccess.Access::participant).flatMap(participant -> {
            if (Arrays.equals(protector.lookupHash(nationalId.country(), nationalId.number()), participant.nationalIdLookup)) {
                throw ProblemException.invalidField("nationalId", "is the number the person has already", "unchanged");
            }
            String previous = participant.nationalIdMasked;
            byte[] previousLookup = participant.nationalIdLookup;
            return LockedCount.of("Participant", participant.id, "select count(c) from NationalIdChange c where c.participantId = :id")
                    .invoke(RecordLimits.IDENTITY_CHANGES_OF_A_RECORD::admitOneMore)
                    .chain(() -> attachUniqueNationalId(caller, participant, nationalId)).flatMap(attached -> {
                participant.identityChanged(clock.instant(), caller.subject());
                return changes.persist(NationalIdChange.of(participant, previous, previousLookup, reason, clock.instant(), caller.subject()));
            });
        });
    }

    /** The person moved: open programmes end with reason "moved", then follow-up here ends. */
    @WithTransaction
    public Uni<View> move(Caller caller, UUID id, String toMunicipality) {
        return active(caller, id, "participant", "update").flatMap(participant -> closeAsMoved(participant, toMunicipality, caller.actor())
                .flatMap(closed -> enrolments.forParticipant(id).map(found -> new View(participant, found, List.of()))));
    }

    /**
     * Ends the person's open programmes with reason "moved" and her follow-up here, by {@code actor} (a caseworker, or the
     * receiving municipality's team lead accepting a transfer). Call within a transaction.
     */
    Uni<Void> closeAsMoved(Participant participant, String toMunicipality, dev.helhet.contracts.Actor actor) {
        UUID id = participant.id;
        return enrolments.openEnrolments(id)
                .flatMap(open -> Multi.createFrom().iterable(open)
                        .onItem().transformToUniAndConcatenate(enrolment -> {
                            enrolment.end(today(), EndReason.MOVED, null, clock.instant(), actor.subject());
                            return events.publish(new ProgrammeEnded(id, enrolment.id, enrolment.programme.code(), enrolment.actualEndDate,
                                    EndReason.MOVED.code()), participant.municipalityId, id.toString(), actor);
                        })
                        .collect().asList())
                .flatMap(ended -> {
                    participant.moveTo(toMunicipality, clock.instant(), actor.subject());
                    return events.publish(new ParticipantClosed(id, "moved", toMunicipality), participant.municipalityId,
                            id.toString(), actor);
                })
                .replaceWithVoid();
    }

    /** Follow-up ends; programmes must be ended first, each with its own reason. */
    @WithTransaction
    public Uni<View> close(Caller caller, UUID id, String reason) {
        return active(caller, id, "participant", "update").flatMap(participant -> enrolments.openEnrolments(id).flatMap(open -> {
            if (!open.isEmpty()) {
                throw new ProblemException(ParticipantProblems.OPEN_PROGRAMMES,
                        "End the person's programmes first, each with its reason: " + open.stream().map(e -> e.programme.code()).toList());
            }
            participant.close(reason.strip(), clock.instant(), caller.subject());
            return events.publish(new ParticipantClosed(id, "closed", null), participant.municipalityId, id.toString(), caller.actor())
                    .map(published -> new View(participant, List.of(), List.of()));
        }));
    }

    /** The full identity number, for a stated purpose; the read is written to the access log. */
    @WithTransaction
    public Uni<Revealed> revealNationalId(Caller caller, UUID id, String purpose) {
        return access.open(caller, id, "national-id", "reveal-national-id", purpose.strip(), CareRelation::seesAll)
                .map(CaseAccess.Access::participant).map(participant -> {
                    if (!participant.hasNationalId()) {
                        throw ProblemException.notFound("An identity number for participant " + id);
                    }
                    return new Revealed(participant, protector.decrypt(participant.encryptedNationalId(), participant.id,
                            participant.nationalIdCountry));
                });
    }

    /** A participant with their full identity number. */
    public record Revealed(Participant participant, String number) {
        @Override
        public String toString() {
            return "Revealed[" + participant.id + ", ***]";
        }
    }

    /** The participant, if active in the caller's municipality (404 elsewhere, 409 when moved or closed). */
    Uni<Participant> active(Caller caller, UUID id, String resource, String action) {
        return access.open(caller, id, resource, action).map(CaseAccess.Access::participant).invoke(participant -> {
            if (!participant.isActive()) {
                throw new ProblemException(ParticipantProblems.NOT_ACTIVE,
                        "The person's follow-up here is " + participant.status.code() + "; nothing new can be added");
            }
        });
    }

    /**
     * Attaches the number unless another record of the municipality has it: then 409, naming that record only to a
     * caller who may see it, and the attempt is written to that person's access log.
     */
    private Uni<Void> attachUniqueNationalId(Caller caller, Participant participant, NationalId nationalId) {
        byte[] lookup = protector.lookupHash(nationalId.country(), nationalId.number());
        return participants.findByNationalId(participant.municipalityId, lookup).flatMap(existing -> {
            if (existing == null || existing.id.equals(participant.id)) {
                participant.attachNationalId(nationalId, protector.encrypt(nationalId, participant.id), lookup);
                return Uni.createFrom().voidItem();
            }
            return access.relation(caller, existing)
                    .call(seen -> audit.denied(caller, existing.municipalityId, existing.id, "national-id", "register-duplicate"))
                    .flatMap(seen -> Uni.createFrom().failure(alreadyRegistered(seen == null ? null : existing.id)));
        });
    }

    private static ProblemException alreadyRegistered(UUID visibleExisting) {
        if (visibleExisting == null) {
            return new ProblemException(ParticipantProblems.ALREADY_REGISTERED, "A person with this identity number is already"
                    + " registered here, on a record you may not see: ask a team lead to connect you with their coordinator");
        }
        return new ProblemException(Problem.of(ParticipantProblems.ALREADY_REGISTERED,
                "A person with this identity number is already registered here: open their page instead")
                .with("existingParticipantId", visibleExisting));
    }

    LocalDate today() {
        return NordicTime.today(clock);
    }

    /** The event of her registration today: her id and, for statistics, her age band (never the date of birth). */
    ParticipantRegistered registered(Participant participant) {
        return new ParticipantRegistered(participant.id, AgeBand.of(participant.dateOfBirth, today()));
    }
}
