package dev.helhet.statistics.messaging;

import dev.helhet.common.messaging.DeadLetterCount;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;

/**
 * Sends a record no consumer can ever read to its topic's dead letters, with the reason in a header, so that one
 * bad record neither stops a batch nor takes the good records of the batch with it. Uses the outbox's producer.
 */
@ApplicationScoped
public class DeadLetters {

    private final MutinyEmitter<String> producer;
    private final DeadLetterCount count;

    public DeadLetters(@Channel("outbox") MutinyEmitter<String> producer, DeadLetterCount count) {
        this.producer = producer;
        this.count = count;
    }

    public Uni<Void> send(String topic, String key, String value, String reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", topic.getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic + ".dlq")
                .withKey(key)
                .withHeaders(headers)
                .build();
        return producer.sendMessage(Message.of(value).addMetadata(metadata)).invoke(() -> count.of(topic + ".dlq"));
    }
}
