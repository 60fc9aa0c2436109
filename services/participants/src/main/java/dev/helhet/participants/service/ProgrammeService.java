package dev.helhet.participants.service;

import dev.helhet.common.outbox.EventPublisher;
import dev.helhet.common.persistence.LockedCount;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.contracts.participants.ProgrammeEnded;
import dev.helhet.contracts.participants.ProgrammeEnrolled;
import dev.helhet.contracts.participants.ProgrammeExtended;
import dev.helhet.participants.domain.EndReason;
import dev.helhet.participants.domain.Programme;
import dev.helhet.participants.domain.ProgrammeEnrolment;
import dev.helhet.participants.domain.ProgrammeExtension;
import dev.helhet.participants.domain.RecordLimits;
import dev.helhet.participants.repository.ProgrammeEnrolmentRepository;
import dev.helhet.participants.repository.ProgrammeExtensionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Enrolling people in programmes, extending and ending them (always with a reason). */
@ApplicationScoped
public class ProgrammeService {

    private final ParticipantService participantService;
    private final CaseAccess access;
    private final ProgrammeEnrolmentRepository enrolments;
    private final ProgrammeExtensionRepository extensions;
    private final EventPublisher events;
    private final Clock clock;

    public ProgrammeService(ParticipantService participantService, CaseAccess access,
                            ProgrammeEnrolmentRepository enrolments, ProgrammeExtensionRepository extensions,
                            EventPublisher events, Clock clock) {
        this.participantService = participantService;
        this.access = access;
        this.enrolments = enrolments;
        this.extensions = extensions;
        this.events = events;
        this.clock = clock;
    }

    /** Enrolments with their extensions. */
    public record Enrolments(List<ProgrammeEnrolment> enrolments, List<ProgrammeExtension> extensions) {
    }

    @WithTransaction
    public Uni<Enrolments> enrol(Caller caller, UUID participantId, Programme programme, LocalDate start, LocalDate plannedEnd,
                                 LocalDate settlement) {
        if (programme == Programme.INTRODUCTION_PROGRAMME && settlement == null) {
            throw ProblemException.invalidField("settlementDate", "is required for the introduction programme", "required");
        }
        if (programme != Programme.INTRODUCTION_PROGRAMME && settlement != null) {
            throw ProblemException.invalidField("settlementDate", "applies to the introduction programme only", "not-applicable");
        }
        if (plannedEnd != null && plannedEnd.isBefore(start)) {
            throw ProblemException.invalidField("plannedEndDate", "must not be before the start date", "before-start");
        }
        return participantService.active(caller, participantId, "programmes", "create").flatMap(participant -> enrolments.openEnrolment(participantId, programme)
                .flatMap(open -> {
                    if (open != null) {
                        throw new ProblemException(ParticipantProblems.ALREADY_ENROLLED,
                                "The person is already in " + programme.code() + " (enrolment " + open.id + "); extend or end it instead");
                    }
                    ProgrammeEnrolment enrolment = ProgrammeEnrolment.enrol(participant, programme, start, plannedEnd, settlement,
                            clock.instant(), caller.subject());
                    return LockedCount.of("Participant", participantId, "select count(e) from ProgrammeEnrolment e where e.participantId = :id")
                            .invoke(RecordLimits.ENROLMENTS_OF_A_RECORD::admitOneMore)
                            .chain(() -> enrolments.persist(enrolment))
                            .call(saved -> events.publish(new ProgrammeEnrolled(participantId, saved.id, programme.code(), start,
                                    plannedEnd, saved.settlementDate, saved.lateStart()), participant.municipalityId,
                                    participantId.toString(), caller.actor()))
                            .map(saved -> new Enrolments(List.of(saved), List.of()));
                }));
    }

    @WithTransaction
    public Uni<Enrolments> list(Caller caller, UUID participantId) {
        return access.open(caller, participantId, "programmes", "read")
                .flatMap(found -> enrolments.forParticipant(participantId).map(found::visible))
                .flatMap(found -> extensions.forEnrolments(found.stream().map(e -> e.id).toList())
                        .map(extended -> new Enrolments(found, extended)));
    }

    @WithTransaction
    public Uni<Enrolments> extend(Caller caller, UUID participantId, UUID enrolmentId, LocalDate newPlannedEnd, String reason) {
        return openEnrolment(caller, participantId, enrolmentId).flatMap(enrolment -> {
            LocalDate floor = enrolment.plannedEndDate != null ? enrolment.plannedEndDate : enrolment.startDate;
            if (!newPlannedEnd.isAfter(floor)) {
                throw ProblemException.invalidField("plannedEndDate", "must be after the current planned end " + floor, "not-later");
            }
            return LockedCount.of("ProgrammeEnrolment", enrolmentId, "select count(x) from ProgrammeExtension x where x.enrolmentId = :id")
                    .invoke(RecordLimits.EXTENSIONS_OF_AN_ENROLMENT::admitOneMore).chain(() -> {
                        ProgrammeExtension extension = ProgrammeExtension.of(enrolment, newPlannedEnd, reason, clock.instant(), caller.subject());
                        enrolment.plannedEndDate = newPlannedEnd;
                        return extensions.persist(extension);
                    })
                    .call(saved -> events.publish(new ProgrammeExtended(participantId, enrolmentId, newPlannedEnd),
                            enrolment.municipalityId, participantId.toString(), caller.actor()))
                    .flatMap(saved -> extensions.forEnrolments(List.of(enrolmentId)))
                    .map(all -> new Enrolments(List.of(enrolment), all));
        });
    }

    @WithTransaction
    public Uni<Enrolments> end(Caller caller, UUID participantId, UUID enrolmentId, LocalDate endDate, EndReason reason, String note) {
        return openEnrolment(caller, participantId, enrolmentId).flatMap(enrolment -> {
            if (endDate.isBefore(enrolment.startDate)) {
                throw ProblemException.invalidField("endDate", "must not be before the start date " + enrolment.startDate, "before-start");
            }
            enrolment.end(endDate, reason, note, clock.instant(), caller.subject());
            return events.publish(new ProgrammeEnded(participantId, enrolmentId, enrolment.programme.code(), endDate, reason.code()),
                            enrolment.municipalityId, participantId.toString(), caller.actor())
                    .flatMap(published -> extensions.forEnrolments(List.of(enrolmentId)))
                    .map(all -> new Enrolments(List.of(enrolment), all));
        });
    }

    private Uni<ProgrammeEnrolment> openEnrolment(Caller caller, UUID participantId, UUID enrolmentId) {
        return access.open(caller, participantId, "programmes", "update")
                .flatMap(participant -> enrolments.require(participantId, enrolmentId))
                .invoke(enrolment -> {
                    if (!enrolment.isOpen()) {
                        throw new ProblemException(ParticipantProblems.PROGRAMME_ENDED,
                                "The enrolment ended on " + enrolment.actualEndDate + "; enrol the person again instead");
                    }
                });
    }
}
