package dev.helhet.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A partner client's subscription to some webhook event types in one municipality, with its signing secrets (encrypted). */
@Entity
@Table(name = "subscription")
public class Subscription {

    @Id
    public UUID id;

    @Column(name = "municipality_id", nullable = false)
    public String municipalityId;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(nullable = false)
    public String url;

    @Column(name = "event_types", nullable = false)
    String eventTypes;

    @Column(nullable = false)
    public byte[] secret;

    @Column(name = "previous_secret")
    public byte[] previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static Subscription of(String municipalityId, PartnerClient client, String url, Set<WebhookEventType> types,
                                  byte[] encryptedSecret, Instant now) {
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID();
        subscription.municipalityId = municipalityId;
        subscription.clientId = client.clientId();
        subscription.organisationId = client.organisationId();
        subscription.url = url;
        subscription.eventTypes = types.stream().map(WebhookEventType::code).sorted().collect(Collectors.joining(","));
        subscription.secret = encryptedSecret;
        subscription.createdAt = now;
        return subscription;
    }

    public Set<WebhookEventType> eventTypes() {
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        Arrays.stream(eventTypes.split(",")).map(WebhookEventType::ofCode).forEach(type -> type.ifPresent(types::add));
        return types;
    }

    /** Whether this subscription is sent the event: it asked for the type, and the event is one its client may see. */
    public boolean wants(WebhookEvent event) {
        return eventTypes().contains(event.type()) && event.concerns(organisationId);
    }

    /**
     * Replaces the signing secret; the one replaced still signs until {@code overlapUntil}, so receivers can switch over, or
     * not at all when it is null (a leaked secret).
     */
    public void rotate(byte[] encryptedSecret, Instant overlapUntil) {
        previousSecret = overlapUntil == null ? null : secret;
        previousSecretUntil = overlapUntil;
        secret = encryptedSecret;
    }

    /** The previous secret, while it still signs. */
    public boolean previousSecretSigns(Instant now) {
        return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil);
    }
}
