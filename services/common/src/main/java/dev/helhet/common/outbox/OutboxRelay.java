package dev.helhet.common.outbox;

import dev.helhet.common.logging.Outage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Moves outbox rows to Kafka. Each tick locks a batch of unpublished rows ({@code SKIP LOCKED}, so
 * several replicas share the work), sends them in order, and marks them published only once the
 * broker has acknowledged every one. When Kafka is down the transaction rolls back and the rows are
 * tried again on the next tick: an event is never lost, at worst delivered twice (consumers dedupe).
 * Relays as soon as a transaction that wrote outbox rows commits ({@link OutboxNotifications}), so that other services
 * learn of a change, a revoked consent above all, within milliseconds. It also polls, for what no notification
 * announced: every {@code helhet.outbox.interval} (200 ms) while it is not listening, and every
 * {@code helhet.outbox.listening-interval} (5 s) while it is (a batch that failed). A notification during a batch, or a
 * full batch, makes the relay go again at once. One replica relays at a time (an advisory lock), so that events of one
 * key leave in the order they were written (ADR 0036).
 */
@ApplicationScoped
public class OutboxRelay {

    static final String CHANNEL = "outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The Kafka channels are wired during start-up: give them a moment before the first batch. */
    private static final long FIRST_TICK_MILLIS = 1000;
    /** Longer than the producer's delivery timeout (30 s): a batch still unanswered then is given up and retried. */
    private static final Duration TICK_TIMEOUT = Duration.ofSeconds(45);
    private static final int FAILED = -1;
    /** The advisory lock only one relay of a database holds at a time: "outbox_relay" as a number. */
    private static final long RELAY_LOCK = 0x6f7574626f785fL;

    private final Pool pool;
    private final MutinyEmitter<String> emitter;
    private final int batchSize;
    private final Duration interval;
    private final Duration listeningInterval;
    private final Vertx vertx;
    private final Counter published;
    private final Counter failures;
    private final AtomicBoolean relaying = new AtomicBoolean();
    /** Rows were announced while a batch was being sent: go again when it is done. */
    private final AtomicBoolean again = new AtomicBoolean();
    private final OutboxNotifications notifications;
    private final Outage outage = new Outage("Outbox relay", java.time.Clock.systemUTC());
    private volatile boolean stopping;
    private volatile long timer = -1;
    private volatile long lastBatchNanos = System.nanoTime();

    public OutboxRelay(Pool pool, @Channel(CHANNEL) MutinyEmitter<String> emitter,
                       @ConfigProperty(name = "helhet.outbox.batch-size", defaultValue = "200") int batchSize,
                       @ConfigProperty(name = "helhet.outbox.interval", defaultValue = "200ms") Duration interval,
                       @ConfigProperty(name = "helhet.outbox.listening-interval", defaultValue = "5s") Duration listeningInterval,
                       Vertx vertx, MeterRegistry metrics) {
        this.pool = pool;
        this.emitter = emitter;
        this.batchSize = batchSize;
        this.interval = interval;
        this.listeningInterval = listeningInterval;
        this.vertx = vertx;
        this.published = metrics.counter("helhet.outbox.published");
        this.failures = metrics.counter("helhet.outbox.failures");
        this.notifications = new OutboxNotifications(pool, vertx, this::tick, metrics);
    }

    void start(@Observes StartupEvent started) {
        // Once listening, the notifications relay what was left unpublished at start; the poll comes after an interval.
        vertx.setTimer(FIRST_TICK_MILLIS, id -> notifications.start());
        timer = vertx.setPeriodic(FIRST_TICK_MILLIS + interval.toMillis(), interval.toMillis(), id -> poll());
    }

    void stop(@Observes ShutdownEvent stopped) {
        stopping = true;
        vertx.cancelTimer(timer);
        notifications.stop();
    }

    /** Whether commits wake the relay now; if not, it relays at its poll interval. */
    public boolean isListening() {
        return notifications.isListening();
    }

    /** A batch, unless the relay listens and has looked for rows within the listening interval: a timer tick costs nothing. */
    private void poll() {
        if (notifications.isListening() && System.nanoTime() - lastBatchNanos < listeningInterval.toNanos()) {
            return;
        }
        tick();
    }

    /**
     * One batch, unless the service stops. While the previous batch is still sending (a slow broker must not pile up
     * batches) it only notes that there is more, and the relay goes again once that batch is sent.
     */
    void tick() {
        if (stopping) {
            return;
        }
        if (!relaying.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        again.set(false);
        lastBatchNanos = System.nanoTime();
        // Deferred, so that even a failure before the chain starts ends in the handlers below; and bounded, so that a
        // send that never completes cannot stop the relay for good (the batch rolls back and is tried again).
        Uni.createFrom().deferred(this::relayBatch)
                .ifNoItem().after(TICK_TIMEOUT).fail()
                .invoke(sent -> {
                    String recovered = outage.succeeded();
                    if (recovered != null) {
                        LOG.info(recovered);
                    }
                })
                .onFailure().recoverWithItem(failure -> {
                    failures.increment();
                    String warning = outage.failed(failure);
                    if (warning != null) {
                        LOG.warn(warning);
                    }
                    return FAILED;
                })
                .onTermination().invoke(() -> relaying.set(false))
                .subscribe().with(sent -> {
                    // After a failure the next poll tries again, not a hot loop against a broker that is away.
                    if (sent != FAILED && (sent == batchSize || again.getAndSet(false))) {
                        tick();
                    }
                });
    }

    /**
     * Publishes one batch; answers how many rows were published. None while another replica relays: it holds the lock,
     * is notified of the same commits and goes again for them.
     */
    public Uni<Integer> relayBatch() {
        return pool.withTransaction(connection -> connection.preparedQuery("select pg_try_advisory_xact_lock($1)").execute(Tuple.of(RELAY_LOCK))
                .flatMap(locked -> !locked.iterator().next().getBoolean(0)
                        ? Uni.createFrom().item(0)
                        : lockBatch(connection).flatMap(rows -> rows.isEmpty()
                        ? Uni.createFrom().item(0)
                        : sendInOrder(rows).flatMap(ignored -> markPublished(connection, rows)))));
    }

    private Uni<List<Row>> lockBatch(SqlConnection connection) {
        return connection.preparedQuery("""
                        select id, topic, message_key, envelope, event_type, event_id, traceparent
                          from outbox_event
                         where published_at is null
                         order by id
                         limit $1
                           for update skip locked""")
                .execute(Tuple.of(batchSize))
                .map(rows -> {
                    List<Row> batch = new ArrayList<>();
                    rows.forEach(batch::add);
                    return batch;
                });
    }

    /** Hands every row to the producer in id order (one aggregate's events stay in order), then waits for all acks. */
    private Uni<Void> sendInOrder(List<Row> rows) {
        // A send happens when its Uni is subscribed; join subscribes in list order, so the producer
        // receives the rows in id order and keeps that order per partition.
        List<Uni<Void>> acks = rows.stream().map(row -> emitter.sendMessage(toMessage(row))).toList();
        return Uni.join().all(acks).andFailFast().replaceWithVoid();
    }

    private static Message<String> toMessage(Row row) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("eventType", row.getString("event_type").getBytes(StandardCharsets.UTF_8));
        headers.add("eventId", row.getUUID("event_id").toString().getBytes(StandardCharsets.UTF_8));
        String traceparent = row.getString("traceparent");
        if (traceparent != null) {
            headers.add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.getString("topic"))
                .withKey(row.getString("message_key"))
                .withHeaders(headers)
                .build();
        return Message.of(row.getString("envelope")).addMetadata(metadata);
    }

    private Uni<Integer> markPublished(SqlConnection connection, List<Row> rows) {
        Long[] ids = rows.stream().map(row -> row.getLong("id")).toArray(Long[]::new);
        // statement_timestamp(), not now(): the broker has acknowledged by now, while now() is when the batch was locked.
        return connection.preparedQuery("update outbox_event set published_at = statement_timestamp() where id = any($1)")
                .execute(Tuple.of(ids))
                .map(result -> {
                    published.increment(rows.size());
                    return rows.size();
                });
    }
}
