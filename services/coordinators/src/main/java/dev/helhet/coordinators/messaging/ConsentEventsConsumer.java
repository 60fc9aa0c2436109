package dev.helhet.coordinators.messaging;

import dev.helhet.careaccess.ConsentStatus;
import dev.helhet.careaccess.messaging.CareEvents;
import dev.helhet.common.messaging.EventHandlers;
import dev.helhet.common.messaging.IdempotentConsumer;
import dev.helhet.contracts.Actor;
import dev.helhet.coordinators.service.TeamAccessRules;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the consents from {@code participants.consent.v1} (the care-access module's projection, from which
 * need-to-know is decided on every request) and then brings the team's suspension flags in step: a revoked or
 * expired consent marks the members it admitted suspended, a new one reinstates them, each change published.
 */
@ApplicationScoped
public class ConsentEventsConsumer {

    static final String CHANNEL = "consent-events";
    private static final Actor TEAM_ACCESS = Actor.system("team-access");

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public ConsentEventsConsumer(IdempotentConsumer consumer, CareEvents care, TeamAccessRules rules) {
        this.consumer = consumer;
        this.handlers = care.consents((participantId, municipalityId, status) ->
                rules.apply(participantId, municipalityId, suspensionReason(status), TEAM_ACCESS));
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(String record) {
        return consumer.consume(CHANNEL, record, handlers);
    }

    /** Why a member the change leaves without consent is suspended. */
    private static String suspensionReason(ConsentStatus status) {
        return switch (status) {
            case ACTIVE -> "no-consent";
            case REVOKED -> "consent-revoked";
            case EXPIRED -> "consent-expired";
        };
    }
}
