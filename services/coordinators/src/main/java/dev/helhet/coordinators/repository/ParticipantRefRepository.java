package dev.helhet.coordinators.repository;

import dev.helhet.coordinators.projection.ParticipantRef;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Participants known from events. */
@ApplicationScoped
public class ParticipantRefRepository implements PanacheRepositoryBase<ParticipantRef, UUID> {
}
