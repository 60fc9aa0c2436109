package dev.helhet.coordinators.service;

import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.coordinators.domain.Professional;
import dev.helhet.coordinators.repository.ProfessionalRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Finds the signed-in caller's professional record. */
@ApplicationScoped
public class Professionals {

    private final ProfessionalRepository professionals;

    public Professionals(ProfessionalRepository professionals) {
        this.professionals = professionals;
    }

    /** The caller as a professional, or null when they are not registered as one. */
    public Uni<Professional> callerOrNull(Caller caller) {
        return professionals.bySubject(caller.subject());
    }

    /** The caller as a professional; 403 {@code not-a-professional} otherwise. */
    public Uni<Professional> caller(Caller caller) {
        return callerOrNull(caller).onItem().ifNull().failWith(() -> new ProblemException(CoordinatorProblems.NOT_A_PROFESSIONAL,
                "Your user is not registered as a professional in Helhet: ask your municipality admin to add you"));
    }
}
