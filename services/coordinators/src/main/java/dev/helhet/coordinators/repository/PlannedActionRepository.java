package dev.helhet.coordinators.repository;

import dev.helhet.coordinators.projection.PlannedAction;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Plan actions known from events. */
@ApplicationScoped
public class PlannedActionRepository implements PanacheRepositoryBase<PlannedAction, UUID> {
}
