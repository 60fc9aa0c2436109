package dev.helhet.notifications.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helhet.common.logging.Outage;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.notifications.domain.Delivery;
import dev.helhet.notifications.domain.Subscription;
import dev.helhet.notifications.repository.DeliveryRepository;
import dev.helhet.notifications.repository.SubscriptionRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends due deliveries: claims a batch (a sender on another instance skips the rows this one holds), POSTs each signed
 * body to its receiver with no redirects and a 10-second limit, and records the outcome: delivered on a 2xx, otherwise
 * tried again later ({@link Backoff}) until a day has passed, then failed. No transaction is open while a receiver answers.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String ID_HEADER = "Helhet-Webhook-Id";
    public static final String TIMESTAMP_HEADER = "Helhet-Webhook-Timestamp";
    public static final String SIGNATURE_HEADER = "Helhet-Webhook-Signature";
    /** How long one attempt may take, connection included. */
    public static final Duration ATTEMPT_LIMIT = Duration.ofSeconds(10);
    /** A claimed delivery is left alone this long: past it, a sender that died mid-send has its claim taken over. */
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 50;
    /** Attempts of a batch under way at once: enough for throughput, few enough that one slow host cannot hold every worker. */
    private static final int AT_ONCE = 16;
    /** How long the receiver's host may take to resolve; the attempt's own 10 seconds start after it. */
    private static final Duration LOOKUP_LIMIT = Duration.ofSeconds(5);
    static final String UNREADABLE_SECRET = "the signing secret cannot be read (the operators changed the key): rotate it";
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    private final DeliveryRepository deliveries;
    private final SubscriptionRepository subscriptions;
    private final SigningSecrets secrets;
    private final ReceiverAddresses receivers;
    private final Vertx vertx;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Clock clock;
    private final Backoff backoff;
    private final MeterRegistry metrics;
    private final Outage outage = new Outage("Webhook delivery", Clock.systemUTC());

    public WebhookSender(DeliveryRepository deliveries, SubscriptionRepository subscriptions, SigningSecrets secrets,
                         ReceiverAddresses receivers, Vertx vertx, ObjectMapper json, Clock clock, MeterRegistry metrics,
                         @ConfigProperty(name = "helhet.notifications.first-retry") Duration firstRetry,
                         @ConfigProperty(name = "helhet.notifications.longest-wait") Duration longestWait,
                         @ConfigProperty(name = "helhet.notifications.give-up-after") Duration giveUpAfter) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.secrets = secrets;
        this.receivers = receivers;
        this.vertx = vertx;
        this.json = json;
        this.clock = clock;
        this.metrics = metrics;
        // Every outcome's series exists from the start: an alert on increase() never sees a counter's first step.
        for (var status : dev.helhet.notifications.domain.DeliveryStatus.values()) {
            metrics.counter("helhet.notifications.attempts", "outcome", status.name().toLowerCase(java.util.Locale.ROOT));
        }
        this.backoff = new Backoff(firstRetry, longestWait, giveUpAfter);
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) ATTEMPT_LIMIT.toMillis())
                .setVerifyHost(true)
                .setKeepAlive(false)
                .setMaxRedirects(0));
    }

    /** One delivery ready to go: where, what and with which secrets (none when its secret cannot be read). */
    record Outgoing(UUID deliveryId, String url, String body, List<String> secrets) {
    }

    /** What one attempt came to: the receiver's status, or why there was none. */
    record Attempt(UUID deliveryId, Integer status, String error) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    @Scheduled(every = "${helhet.notifications.send-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> sendDue() {
        return sendBatch()
                .invoke(() -> {
                    String recovered = outage.succeeded();
                    if (recovered != null) {
                        LOG.info(recovered);
                    }
                })
                .onFailure().invoke(failure -> {
                    String warning = outage.failed(failure);
                    if (warning != null) {
                        LOG.warn(warning);
                    }
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    Uni<Integer> sendBatch() {
        return Panache.withTransaction(this::claim)
                .chain(outgoing -> outgoing.isEmpty() ? Uni.createFrom().item(List.<Attempt>of())
                        : Multi.createFrom().iterable(outgoing).onItem().transformToUni(this::attempt).merge(AT_ONCE).collect().asList())
                .chain(attempts -> attempts.isEmpty() ? Uni.createFrom().item(0)
                        : Panache.withTransaction(() -> record(attempts)).replaceWith(attempts.size()));
    }

    private Uni<List<Outgoing>> claim() {
        Instant now = clock.instant();
        return deliveries.claimDue(now, now.plus(LEASE), BATCH).chain(claimed -> claimed.isEmpty() ? Uni.createFrom().item(List.<Outgoing>of())
                : subscriptions.byIds(claimed.stream().map(delivery -> delivery.subscriptionId).distinct().toList()).map(found -> {
                    Map<UUID, Subscription> byId = found.stream().collect(Collectors.toMap(subscription -> subscription.id, Function.identity()));
                    return claimed.stream().map(delivery -> outgoing(delivery, byId.get(delivery.subscriptionId), now)).toList();
                }));
    }

    /**
     * What to send for one delivery. A secret that does not open (the key was changed) fails this delivery's attempt
     * only, and the others of the batch go: it must not hold up every partner's webhooks.
     */
    private Outgoing outgoing(Delivery delivery, Subscription subscription, Instant now) {
        List<String> signing = new ArrayList<>();
        try {
            signing.add(secrets.decrypt(subscription.secret));
        } catch (IllegalStateException unreadable) {
            return new Outgoing(delivery.id, subscription.url, body(delivery), List.of());
        }
        if (subscription.previousSecretSigns(now)) {
            try {
                signing.add(secrets.decrypt(subscription.previousSecret));
            } catch (IllegalStateException unreadable) {
                // The replaced secret no longer signs; the current one is enough for a receiver that switched.
            }
        }
        return new Outgoing(delivery.id, subscription.url, body(delivery), List.copyOf(signing));
    }

    /** The thin event: ids, a type and a time (ADR 0042). */
    private String body(Delivery delivery) {
        ObjectNode body = json.createObjectNode()
                .put("id", delivery.eventId.toString())
                .put("type", delivery.eventType)
                .put("occurredAt", delivery.occurredAt.toString())
                .put("municipalityId", delivery.municipalityId);
        body.putObject("subject").put("kind", delivery.subjectKind).put("id", delivery.subjectId.toString());
        return body.toString();
    }

    private Uni<Attempt> attempt(Outgoing outgoing) {
        if (outgoing.secrets().isEmpty()) {
            return Uni.createFrom().item(new Attempt(outgoing.deliveryId(), null, UNREADABLE_SECRET));
        }
        // The address is checked again at each send (DNS may have changed), and the request goes to the address checked.
        // Lookups of a batch run side by side (unordered), each limited, so one host whose name server never answers
        // delays only its own deliveries.
        return vertx.executeBlocking(Uni.createFrom().item(() -> receivers.resolve(outgoing.url())), false)
                .ifNoItem().after(LOOKUP_LIMIT).failWith(() -> new ProblemException(NotificationsProblems.RECEIVER_NOT_PERMITTED,
                        "the url's host did not resolve within " + LOOKUP_LIMIT.toSeconds() + " s"))
                .chain(receiver -> post(outgoing, receiver))
                .map(status -> new Attempt(outgoing.deliveryId(), status, status >= 200 && status < 300 ? null : "HTTP " + status))
                .onFailure().recoverWithItem(failure -> new Attempt(outgoing.deliveryId(), null, reason(failure)));
    }

    /**
     * POSTs the signed body and answers the receiver's status as soon as its headers arrive, then closes the connection:
     * the receiver's body is never read, so one that answers slowly, byte by byte, holds nothing open. Connecting and
     * answering take at most {@link #ATTEMPT_LIMIT} together; past it the request is reset.
     */
    private Uni<Integer> post(Outgoing outgoing, ReceiverAddresses.Receiver receiver) {
        long timestamp = clock.instant().getEpochSecond();
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(outgoing.url())
                .setServer(SocketAddress.inetSocketAddress(receiver.port(), receiver.address().getHostAddress()))
                .setFollowRedirects(false)
                .setConnectTimeout(ATTEMPT_LIMIT.toMillis())
                .setIdleTimeout(ATTEMPT_LIMIT.toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", "Helhet-Webhooks/1")
                .putHeader(ID_HEADER, outgoing.deliveryId().toString())
                .putHeader(TIMESTAMP_HEADER, Long.toString(timestamp))
                .putHeader(SIGNATURE_HEADER, WebhookSignature.header(outgoing.secrets(), timestamp, outgoing.body()));
        return http.request(request)
                .chain(sent -> sent.send(outgoing.body())
                        .map(response -> {
                            response.exceptionHandler(ignored -> {
                            });
                            int status = response.statusCode();
                            sent.connection().closeAndForget();
                            return status;
                        })
                        .onFailure().invoke(failure -> sent.reset())
                        .onCancellation().invoke(sent::reset))
                .ifNoItem().after(ATTEMPT_LIMIT).fail();
    }

    private Uni<Void> record(List<Attempt> attempts) {
        Map<UUID, Attempt> byDelivery = attempts.stream().collect(Collectors.toMap(Attempt::deliveryId, Function.identity()));
        Instant now = clock.instant();
        return deliveries.byIds(byDelivery.keySet()).invoke(found -> found.forEach(delivery -> {
            Attempt attempt = byDelivery.get(delivery.id);
            delivery.attempted(now, attempt.status(), attempt.error());
            if (attempt.delivered()) {
                delivery.delivered();
            } else {
                Instant next = backoff.next(now, delivery.attempts, delivery.createdAt);
                if (next == null) {
                    delivery.failed();
                } else {
                    delivery.retryAt(next);
                }
            }
            metrics.counter("helhet.notifications.attempts", "outcome", delivery.status.name().toLowerCase(java.util.Locale.ROOT)).increment();
            LOG.debugf("Delivery %s: attempt %d, %s", delivery.id, delivery.attempts, attempt.error() == null ? "delivered" : attempt.error());
        })).replaceWithVoid();
    }

    /** Why an attempt got no answer, in words a partner can act on; never a URL or a receiver's text. */
    private static String reason(Throwable failure) {
        if (failure instanceof io.smallrye.mutiny.TimeoutException) {
            return "no answer within " + ATTEMPT_LIMIT.toSeconds() + " s";
        }
        if (failure instanceof dev.helhet.common.problem.ProblemException refused) {
            return refused.problem().detail();
        }
        if (failure instanceof java.net.ConnectException) {
            return "connection refused";
        }
        String name = failure.getClass().getSimpleName();
        return name.isEmpty() ? "no answer" : name;
    }
}
