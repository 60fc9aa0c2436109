package dev.helhet.coordinators.repository;

import dev.helhet.coordinators.projection.ParticipantProgramme;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Programme enrolments known from events. */
@ApplicationScoped
public class ParticipantProgrammeRepository implements PanacheRepositoryBase<ParticipantProgramme, UUID> {
}
