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
 * Ticks every {@code helhet.outbox.interval} (200 ms), so that other services learn of a change, a
 * revoked consent above all, well within a second; a Vert.x timer, because Quarkus' scheduler does not
 * run jobs more often than once a second.
 */
@ApplicationScoped
public class OutboxRelay {

    static final String CHANNEL = "outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The Kafka channels are wired during start-up: give them a moment before the first tick. */
    private static final long FIRST_TICK_MILLIS = 1000;
    /** Longer than the producer's delivery timeout (30 s): a batch still unanswered then is given up and retried. */
    private static final Duration TICK_TIMEOUT = Duration.ofSeconds(45);

    private final Pool pool;
    private final MutinyEmitter<String> emitter;
    private final int batchSize;
    private final Duration interval;
    private final Vertx vertx;
    private final Counter published;
    private final Counter failures;
    private final AtomicBoolean relaying = new AtomicBoolean();
    private final Outage outage = new Outage("Outbox relay", java.time.Clock.systemUTC());
    private volatile boolean stopping;
    private volatile long timer = -1;

    public OutboxRelay(Pool pool, @Channel(CHANNEL) MutinyEmitter<String> emitter,
                       @ConfigProperty(name = "helhet.outbox.batch-size", defaultValue = "200") int batchSize,
                       @ConfigProperty(name = "helhet.outbox.interval", defaultValue = "200ms") Duration interval,
                       Vertx vertx, MeterRegistry metrics) {
        this.pool = pool;
        this.emitter = emitter;
        this.batchSize = batchSize;
        this.interval = interval;
        this.vertx = vertx;
        this.published = metrics.counter("helhet.outbox.published");
        this.failures = metrics.counter("helhet.outbox.failures");
    }

    void start(@Observes StartupEvent started) {
        timer = vertx.setPeriodic(FIRST_TICK_MILLIS, interval.toMillis(), id -> tick());
    }

    void stop(@Observes ShutdownEvent stopped) {
        stopping = true;
        vertx.cancelTimer(timer);
    }

    /** One batch, unless the previous tick is still sending (a slow broker must not pile up ticks) or the service stops. */
    void tick() {
        if (stopping || !relaying.compareAndSet(false, true)) {
            return;
        }
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
                    return 0;
                })
                .onTermination().invoke(() -> relaying.set(false))
                .subscribe().with(sent -> {
                });
    }

    /** Publishes one batch; answers how many rows were published. */
    public Uni<Integer> relayBatch() {
        return pool.withTransaction(connection -> lockBatch(connection)
                .flatMap(rows -> rows.isEmpty()
                        ? Uni.createFrom().item(0)
                        : sendInOrder(rows).flatMap(ignored -> markPublished(connection, rows))));
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
