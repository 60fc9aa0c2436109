package dev.helhet.statistics.service;

import dev.helhet.common.tenancy.Caller;
import dev.helhet.statistics.repository.ParticipantRegistrationRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The headline figures of the municipality the caller acts for, from the read model the events build. */
@ApplicationScoped
public class OverviewService {

    /** How many people the municipality has registered. */
    public record Overview(String municipalityId, long participants) {
    }

    private final ParticipantRegistrationRepository registrations;

    public OverviewService(ParticipantRegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @WithSession
    public Uni<Overview> overview(Caller caller) {
        String municipalityId = caller.municipalityId();
        return registrations.countInMunicipality(municipalityId).map(count -> new Overview(municipalityId, count));
    }
}
