package dev.helhet.coordinators.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helhet.common.messaging.EventReader;
import dev.helhet.common.messaging.IdempotentConsumer;
import dev.helhet.contracts.Actor;
import dev.helhet.contracts.EventEnvelope;
import dev.helhet.contracts.participants.ConsentExpired;
import dev.helhet.contracts.participants.ConsentGranted;
import dev.helhet.contracts.participants.ConsentRevoked;
import dev.helhet.coordinators.domain.ConsentGrant;
import dev.helhet.coordinators.repository.ConsentGrantRepository;
import dev.helhet.coordinators.service.TeamAccessRules;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/**
 * Keeps the consents from {@code participants.consent.v1} and applies the team rules at once: a
 * revoked or expired consent suspends the members it covered, a new one reinstates them.
 */
@ApplicationScoped
public class ConsentEventsConsumer {

    static final String CHANNEL = "consent-events";
    private static final Actor TEAM_ACCESS = Actor.system("team-access");

    private final EventReader reader;
    private final IdempotentConsumer idempotency;
    private final ConsentGrantRepository consents;
    private final TeamAccessRules rules;

    public ConsentEventsConsumer(EventReader reader, IdempotentConsumer idempotency, ConsentGrantRepository consents,
                                 TeamAccessRules rules) {
        this.reader = reader;
        this.idempotency = idempotency;
        this.consents = consents;
        this.rules = rules;
    }

    @Incoming(CHANNEL)
    @WithTransaction
    public Uni<Void> consume(String record) {
        EventEnvelope<JsonNode> envelope = reader.envelope(record);
        return idempotency.once(CHANNEL, envelope.eventId(), () -> apply(envelope)).replaceWithVoid();
    }

    private Uni<Void> apply(EventEnvelope<JsonNode> envelope) {
        return switch (envelope.eventType()) {
            case "ConsentGranted" -> {
                ConsentGranted event = reader.payload(envelope, ConsentGranted.class);
                ConsentGrant consent = new ConsentGrant();
                consent.consentId = event.consentId();
                consent.participantId = event.participantId();
                consent.receiverType = event.receiverType();
                consent.receiverOrganisationId = event.receiverOrganisationId();
                consent.categories = String.join(",", event.categories());
                consent.validFrom = event.validFrom();
                consent.validTo = event.validTo();
                consent.status = "active";
                yield consents.findById(event.consentId())
                        .flatMap(existing -> existing != null ? Uni.createFrom().voidItem() : consents.persist(consent).replaceWithVoid())
                        .flatMap(saved -> rules.apply(event.participantId(), envelope.municipalityId(), "no-consent", TEAM_ACCESS));
            }
            case "ConsentRevoked" -> {
                ConsentRevoked event = reader.payload(envelope, ConsentRevoked.class);
                yield end(event.consentId(), event.participantId(), "revoked", envelope.municipalityId(), "consent-revoked");
            }
            case "ConsentExpired" -> {
                ConsentExpired event = reader.payload(envelope, ConsentExpired.class);
                yield end(event.consentId(), event.participantId(), "expired", envelope.municipalityId(), "consent-expired");
            }
            default -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> end(UUID consentId, UUID participantId, String status, String municipalityId, String reason) {
        return consents.findById(consentId).invoke(found -> {
            if (found != null) {
                found.status = status;
            }
        }).flatMap(ignored -> rules.apply(participantId, municipalityId, reason, TEAM_ACCESS));
    }
}
