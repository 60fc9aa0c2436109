package dev.helhet.notifications.service;

import dev.helhet.common.input.CollectionLimit;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.notifications.domain.Delivery;
import dev.helhet.notifications.domain.PartnerClient;
import dev.helhet.notifications.domain.Subscription;
import dev.helhet.notifications.domain.WebhookEventType;
import dev.helhet.notifications.repository.DeliveryRepository;
import dev.helhet.notifications.repository.SubscriptionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A partner client's webhook subscriptions in its municipality: made only for the event types the client may see, each
 * with a signing secret shown once; listed, removed, given a new secret; and the log of their deliveries.
 */
@ApplicationScoped
public class Subscriptions {

    /** Subscriptions one client may hold in one municipality: one per receiver and event family is plenty. */
    public static final CollectionLimit MOST_PER_CLIENT = new CollectionLimit("partner client's set of subscriptions in a municipality", 20);
    /** The longest a replaced secret still signs, so a receiver can switch to the new one without losing a webhook. */
    public static final Duration LONGEST_SECRET_OVERLAP = Duration.ofHours(24);

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final SigningSecrets secrets;
    private final ReceiverAddresses receivers;
    private final Vertx vertx;
    private final Clock clock;

    public Subscriptions(SubscriptionRepository subscriptions, DeliveryRepository deliveries, SigningSecrets secrets,
                         ReceiverAddresses receivers, Vertx vertx, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.secrets = secrets;
        this.receivers = receivers;
        this.vertx = vertx;
        this.clock = clock;
    }

    /** A subscription and, only when just made or rotated, its secret in clear. */
    public record WithSecret(Subscription subscription, String secret) {
    }

    /**
     * Subscribes the client to the event types at the URL: 403 {@code event-type-not-permitted} naming a type it may not
     * see, 400 {@code webhook-url-not-permitted} for a receiver that is not a public https host; nothing stored then.
     */
    public Uni<WithSecret> subscribe(String municipalityId, PartnerClient client, String url, List<String> typeCodes) {
        Set<WebhookEventType> types = permittedTypes(client, typeCodes);
        receivers.parse(url);
        // The lookup blocks: it runs on a worker, and the transaction carries on in this request's context.
        return vertx.executeBlocking(Uni.createFrom().item(() -> receivers.resolve(url)), false)
                .chain(receiver -> Panache.withTransaction(() -> subscriptions.countOwnedLocked(municipalityId, client.clientId())
                        .chain(held -> {
                            MOST_PER_CLIENT.admitOneMore(held);
                            String secret = secrets.generate();
                            return subscriptions.persist(Subscription.of(municipalityId, client, url, types, secrets.encrypt(secret),
                                    clock.instant())).map(saved -> new WithSecret(saved, secret));
                        })));
    }

    @WithSession
    public Uni<Page<Subscription>> list(String municipalityId, PartnerClient client, PageRequest page) {
        return subscriptions.countOwned(municipalityId, client.clientId())
                .chain(total -> subscriptions.pageOwned(municipalityId, client.clientId(), page)
                        .map(items -> new Page<>(items, page.page(), page.size(), total)));
    }

    @WithSession
    public Uni<Subscription> get(String municipalityId, PartnerClient client, UUID id) {
        return owned(municipalityId, client, id);
    }

    /** Removes the subscription and its delivery log; deliveries not yet sent are not sent. */
    @WithTransaction
    public Uni<Void> unsubscribe(String municipalityId, PartnerClient client, UUID id) {
        return owned(municipalityId, client, id).chain(subscriptions::delete);
    }

    /** A new signing secret, shown once; the old one signs too for {@code overlap} (none: it stops at once). */
    @WithTransaction
    public Uni<WithSecret> rotateSecret(String municipalityId, PartnerClient client, UUID id, Duration overlap) {
        Duration kept = overlap.compareTo(LONGEST_SECRET_OVERLAP) > 0 ? LONGEST_SECRET_OVERLAP : overlap;
        return owned(municipalityId, client, id).map(subscription -> {
            String secret = secrets.generate();
            subscription.rotate(secrets.encrypt(secret), kept.isZero() ? null : clock.instant().plus(kept));
            return new WithSecret(subscription, secret);
        });
    }

    /** A page of the subscription's deliveries, newest first. */
    @WithSession
    public Uni<Page<Delivery>> deliveries(String municipalityId, PartnerClient client, UUID id, PageRequest page) {
        return owned(municipalityId, client, id)
                .chain(subscription -> deliveries.countOf(subscription.id)
                        .chain(total -> deliveries.pageOf(subscription.id, page).map(items -> new Page<>(items, page.page(), page.size(), total))));
    }

    /** The client's own subscription; 404 for one that does not exist or is another client's (it does not learn which). */
    private Uni<Subscription> owned(String municipalityId, PartnerClient client, UUID id) {
        return subscriptions.findOwned(id, municipalityId, client.clientId()).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("Subscription " + id);
            }
            return found;
        });
    }

    private static Set<WebhookEventType> permittedTypes(PartnerClient client, List<String> codes) {
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        for (String code : codes) {
            WebhookEventType type = WebhookEventType.ofCode(code).orElseThrow(() -> ProblemException.invalidField("eventTypes",
                    "unknown event type '" + code + "'; the catalogue is in docs/partners.md", "unknown-event-type"));
            if (!client.mayHear(type)) {
                throw new ProblemException(NotificationsProblems.EVENT_TYPE_NOT_PERMITTED, "Your client may not subscribe to "
                        + type.code() + ": " + whyNot(type));
            }
            types.add(type);
        }
        return types;
    }

    private static String whyNot(WebhookEventType type) {
        return switch (type.rule()) {
            case ADDRESSED_TO_ITS_ORGANISATION -> "it is sent only to clients registered for an organisation (client attribute"
                    + " helhet_organisation_id)";
            case NAV_INTEGRATION -> "it is sent only to clients with the client role " + PartnerClient.NAV_INTEGRATION;
            case ANY_PARTNER -> "";
        };
    }
}
