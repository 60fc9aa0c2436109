package dev.helhet.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every value an operator can set is named in docs/operations.md ("Every value"), so a new one cannot ship unexplained. */
class ValuesGuideTest {

    /** Objects an operator sets as a whole (their keys are Kubernetes' own, or one per service). */
    private static final Set<String> WHOLE = Set.of("resources", "podSecurityContext", "containerSecurityContext", "ingress.annotations",
            "monitoring.labels", "services");

    @Test
    void theGuideNamesEveryValue() throws IOException {
        JsonNode values = new ObjectMapper(new YAMLFactory()).readTree(Charts.CHART.resolve("values.yaml").toFile());
        String guide = Files.readString(Charts.CHART.toAbsolutePath().getParent().getParent().resolve("docs/operations.md"));
        String table = guide.substring(guide.indexOf("### Every value"), guide.indexOf("### Network and scaling"));
        List<String> missing = new ArrayList<>();
        for (String key : keys(values, "")) {
            if (!named(table, key)) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing, "values not named in docs/operations.md, \"Every value\"");
    }

    /** `a.b.c` is named as `a.b.c`, or as `a.b.<x>`'s sibling list (`a.b.c`, `.d`). */
    private static boolean named(String table, String key) {
        if (table.contains("`" + key + "`")) {
            return true;
        }
        int dot = key.lastIndexOf('.');
        return dot > 0 && table.contains("`" + key.substring(0, dot + 1)) && table.contains("`." + key.substring(dot + 1) + "`");
    }

    private static List<String> keys(JsonNode node, String prefix) {
        List<String> keys = new ArrayList<>();
        node.fields().forEachRemaining(field -> {
            String key = prefix + field.getKey();
            if (key.startsWith("services")) {
                keys.add("services.<name>.replicas");
                keys.add("services.<name>.databaseSecret");
            } else if (field.getValue().isObject() && !field.getValue().isEmpty() && !WHOLE.contains(key)) {
                keys.addAll(keys(field.getValue(), key + "."));
            } else {
                keys.add(key);
            }
        });
        return keys.stream().distinct().toList();
    }
}
