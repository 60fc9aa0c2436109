package dev.helhet.charts;

import dev.helhet.contracts.TopicDefinition;
import dev.helhet.contracts.Topics;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The chart creates exactly the topics of the code's catalogue, Topics.ALL, each with its dead-letter twin. */
class TopicCatalogueTest {

    private static final String HEADER = """
            # The topic catalogue the chart creates (templates/topics.yaml), generated from shared-contracts' Topics.ALL.
            # Do not edit: TopicCatalogueTest fails when this file and the code differ, and prints the file as it should be.
            """;

    @Test
    void theChartsTopicsAreTheCodesTopics() throws IOException {
        String expected = catalogue();
        assertEquals(expected, Files.readString(Charts.CHART.resolve("files/topics.yaml")),
                "charts/helhet/files/topics.yaml differs from Topics.ALL; it should read:\n" + expected);
    }

    private static String catalogue() {
        StringBuilder yaml = new StringBuilder(HEADER);
        for (TopicDefinition topic : Topics.ALL) {
            append(yaml, topic.name(), topic.partitions(), topic.config());
            append(yaml, topic.deadLetterTopic(), topic.partitions(), Map.of());
        }
        return yaml.toString();
    }

    private static void append(StringBuilder yaml, String name, int partitions, Map<String, String> config) {
        yaml.append("- name: ").append(name).append('\n').append("  partitions: ").append(partitions).append('\n');
        if (!config.isEmpty()) {
            yaml.append("  config:\n");
            new TreeMap<>(config).forEach((key, value) -> yaml.append("    ").append(key).append(": \"").append(value).append("\"\n"));
        }
    }
}
