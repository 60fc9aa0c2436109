package dev.helhet.architecture;

import dev.helhet.contracts.TopicDefinition;
import dev.helhet.contracts.Topics;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The context map in docs/architecture.md says who publishes and consumes what exactly as the topic catalogue does. */
class ContextMapTest {

    private static final Path ARCHITECTURE = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "../.."), "docs/architecture.md");
    private static final Pattern TOPIC = Pattern.compile("`([a-z]+\\.[a-z-]+\\.v[0-9]+)`");

    private record Row(Set<String> publishes, Set<String> consumes) {
    }

    @TestFactory
    Stream<DynamicTest> everyContextPublishesAndConsumesWhatTheCatalogueSays() throws IOException {
        Map<String, Row> documented = contextMap(Files.readAllLines(ARCHITECTURE));
        List<DynamicTest> tests = new ArrayList<>();
        for (String context : ServiceShapeTest.SERVICES) {
            tests.add(DynamicTest.dynamicTest(context, () -> {
                Row row = documented.get(context);
                assertEquals(published(context), row == null ? null : row.publishes(), context + " publishes (docs/architecture.md)");
                assertEquals(consumed(context), row.consumes(), context + " consumes (docs/architecture.md)");
            }));
        }
        tests.add(DynamicTest.dynamicTest("every service", () -> assertEquals(published(Topics.EVERY_SERVICE),
                documented.get("every service").publishes(), "every service publishes (docs/architecture.md)")));
        return tests.stream();
    }

    private static Set<String> published(String producer) {
        Set<String> topics = new TreeSet<>();
        Topics.ALL.stream().filter(topic -> topic.producer().equals(producer)).map(TopicDefinition::name).forEach(topics::add);
        return topics;
    }

    private static Set<String> consumed(String consumer) {
        Set<String> topics = new TreeSet<>();
        Topics.ALL.stream().filter(topic -> topic.consumers().contains(consumer)).map(TopicDefinition::name).forEach(topics::add);
        return topics;
    }

    /** The rows of the table headed "| context | owns | publishes | consumes |". */
    private static Map<String, Row> contextMap(List<String> lines) {
        Map<String, Row> rows = new TreeMap<>();
        boolean inTable = false;
        for (String line : lines) {
            if (line.startsWith("| context | owns | publishes | consumes |")) {
                inTable = true;
                continue;
            }
            if (inTable && !line.startsWith("|")) {
                break;
            }
            if (inTable && !line.startsWith("|---")) {
                String[] cells = line.split("\\|");
                rows.put(cells[1].strip(), new Row(topics(cells[3]), topics(cells[4])));
            }
        }
        return rows;
    }

    private static Set<String> topics(String cell) {
        Set<String> topics = new TreeSet<>();
        Matcher matcher = TOPIC.matcher(cell);
        while (matcher.find()) {
            topics.add(matcher.group(1));
        }
        return topics;
    }
}
