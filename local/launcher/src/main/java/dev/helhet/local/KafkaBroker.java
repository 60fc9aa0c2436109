package dev.helhet.local;

import dev.helhet.contracts.TopicDefinition;
import dev.helhet.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka 4.2 broker in KRaft mode (one node acting as broker and controller), run from the
 * jars that `local/dist` fetched. Creates every topic declared in {@link Topics} and its dead-letter
 * topic; automatic topic creation is off, so a topic nobody declared cannot appear by accident.
 */
public final class KafkaBroker implements AutoCloseable {

    static final String KAFKA_VERSION = "4.2.0";

    private final ChildProcess process;

    private KafkaBroker(ChildProcess process) {
        this.process = process;
    }

    public static KafkaBroker start(StackProfile profile) {
        Path classpath = profile.distDir().resolve("kafka-" + KAFKA_VERSION);
        if (!Files.isDirectory(classpath)) {
            throw new IllegalStateException("Kafka jars missing in " + classpath + ": run `make fetch`");
        }
        Path dataDir = profile.dataDir().resolve("kafka");
        Path config = profile.dataDir().resolve("kafka-server.properties");
        writeConfig(profile, dataDir, config);
        String java = Jdk.javaExecutable();
        String cp = classpath + "/*";
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            ChildProcess format = ChildProcess.start("kafka-format",
                    List.of(java, "-Xmx256m", "-cp", cp, "kafka.tools.StorageTool", "format",
                            "-t", Uuid.randomUuid().toString(), "-c", config.toString()),
                    Map.of(), profile.dataDir(), profile);
            int exit = format.awaitExit(Duration.ofSeconds(60));
            if (exit != 0) {
                throw new IllegalStateException("Kafka storage format failed:\n" + format.tail(30));
            }
        }
        ChildProcess broker = ChildProcess.start("kafka",
                List.of(java, "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-cp", cp, "kafka.Kafka", config.toString()),
                Map.of(), profile.dataDir(), profile, List.of(profile.kafkaPort(), profile.kafkaControllerPort()));
        KafkaBroker kafka = new KafkaBroker(broker);
        broker.awaitReady(() -> kafka.createTopics(profile), Duration.ofSeconds(90));
        return kafka;
    }

    private static void writeConfig(StackProfile profile, Path dataDir, Path config) {
        Properties server = new Properties();
        server.put("process.roles", "broker,controller");
        server.put("node.id", "1");
        server.put("controller.quorum.voters", "1@localhost:" + profile.kafkaControllerPort());
        server.put("listeners", "PLAINTEXT://localhost:" + profile.kafkaPort()
                + ",CONTROLLER://localhost:" + profile.kafkaControllerPort());
        server.put("advertised.listeners", "PLAINTEXT://localhost:" + profile.kafkaPort());
        server.put("controller.listener.names", "CONTROLLER");
        server.put("inter.broker.listener.name", "PLAINTEXT");
        server.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        server.put("log.dirs", dataDir.toString());
        server.put("num.partitions", Integer.toString(Topics.DEFAULT_PARTITIONS));
        server.put("auto.create.topics.enable", "false");
        // A single node: every internal topic has one replica, or consumer groups never work.
        server.put("offsets.topic.replication.factor", "1");
        server.put("offsets.topic.num.partitions", "6");
        server.put("transaction.state.log.replication.factor", "1");
        server.put("transaction.state.log.min.isr", "1");
        server.put("share.coordinator.state.topic.replication.factor", "1");
        server.put("share.coordinator.state.topic.min.isr", "1");
        server.put("group.initial.rebalance.delay.ms", "0");
        try {
            Files.createDirectories(config.getParent());
            try (var out = Files.newBufferedWriter(config)) {
                server.store(out, "Written by the Helhet launcher for profile " + profile.name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the declared topics that do not exist yet; false while the broker is not reachable. */
    private boolean createTopics(StackProfile profile) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, profile.kafkaBootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (TopicDefinition topic : Topics.ALL) {
                if (!existing.contains(topic.name())) {
                    missing.add(new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(topic.config()));
                }
                if (!existing.contains(topic.deadLetterTopic())) {
                    missing.add(new NewTopic(topic.deadLetterTopic(), topic.partitions(), (short) 1));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(15, TimeUnit.SECONDS);
            }
            return true;
        } catch (Exception notYetReachable) {
            return false;
        }
    }

    /**
     * Stops the broker of a running stack, whoever started it (found by its pid file). Used to test
     * that nothing is lost while Kafka is down.
     */
    public static void stopRunning(StackProfile profile) {
        ChildProcess.stopRecorded(profile, "kafka");
    }

    @Override
    public void close() {
        process.close();
    }
}
