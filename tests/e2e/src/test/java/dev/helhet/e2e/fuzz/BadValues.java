package dev.helhet.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The catalogue of bad values the fuzz test sends: what a careless client or an attacker puts in a field, a
 * query parameter or a path. Chosen by what the schema says the value should be, plus values of every wrong type.
 */
final class BadValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Text no service should store or choke on. */
    static final Map<String, String> TEXT = texts();
    /** Dates and instants outside any sane range, or not dates at all. */
    static final Map<String, String> DATES = Map.of(
            "year 999999999", "+999999999-12-31", "year -999999999", "-999999999-01-01", "day zero", "0000-00-00",
            "30 February", "2026-02-30", "before 1900", "1899-12-31", "after 2200", "2201-01-01", "dotted", "15.03.1994");
    static final Map<String, String> INSTANTS = Map.of(
            "instant in year 999999999", "+999999999-01-01T00:00:00Z", "instant before 1900", "1800-01-01T00:00:00Z",
            "month 13", "2026-13-01T00:00:00Z", "no zone", "2026-01-01T00:00:00", "epoch text", "1893456000");
    /** Numbers a page, a size or a version can never be. */
    static final Map<String, String> NUMBERS = Map.of(
            "max int", "2147483647", "above max int", "2147483648", "huge", "99999999999999999999999", "negative", "-1",
            "fraction", "0.5", "exponent", "1e3", "not a number", "abc", "empty", "");

    private BadValues() {
    }

    private static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("NUL", "Amina\u0000Hassan");
        texts.put("escape sequence", "\u001b[31mred");
        texts.put("carriage return", "line\r\nSet-Cookie: x=y");
        texts.put("empty", "");
        texts.put("blank", "   ");
        texts.put("100k characters", "x".repeat(100_000));
        texts.put("right-to-left override", "\u202Egnp.exe");
        texts.put("emoji", "\uD83D\uDE00");
        texts.put("SQL", "' OR 1=1 --");
        texts.put("LIKE wildcards", "%_\\\\");
        texts.put("markup", "<script>alert(1)</script>");
        return texts;
    }

    /** Bad JSON values for a field of this (resolved) schema: wrong content of its kind, then every wrong type. */
    static Map<String, JsonNode> forField(JsonNode schema) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        String type = type(schema);
        String format = schema.path("format").asText();
        if (format.equals("date")) {
            DATES.forEach((label, value) -> values.put(label, JSON.textNode(value)));
            values.put("date as number", JSON.numberNode(12345));
        } else if (format.equals("date-time")) {
            INSTANTS.forEach((label, value) -> values.put(label, JSON.textNode(value)));
            values.put("instant as number", JSON.numberNode(1893456000L));
        } else if (format.equals("uuid")) {
            values.put("not a UUID", JSON.textNode("not-a-uuid"));
            values.put("short UUID", JSON.textNode("1-2-3-4-5"));
            values.put("nil UUID", JSON.textNode("00000000-0000-0000-0000-000000000000"));
        } else if (type.equals("string")) {
            TEXT.forEach((label, value) -> values.put(label, JSON.textNode(value)));
            if (schema.has("enum")) {
                values.put("unknown code", JSON.textNode("no-such-code"));
            }
        } else if (type.equals("integer") || type.equals("number")) {
            values.put("above max int", JSON.numberNode(new BigDecimal("2147483648")));
            values.put("huge", JSON.numberNode(new BigDecimal("1e400")));
            values.put("negative", JSON.numberNode(-1));
            values.put("fraction", JSON.numberNode(0.5));
        } else if (type.equals("array")) {
            values.put("array of null", JSON.arrayNode().addNull());
            values.put("empty array", JSON.arrayNode());
            values.put("10,000 elements", many(10_000));
        }
        values.put("null", JSON.nullNode());
        if (!type.equals("string")) {
            values.put("string", JSON.textNode("text"));
        }
        if (!type.equals("integer") && !type.equals("number")) {
            values.put("number", JSON.numberNode(123));
        }
        if (!type.equals("boolean")) {
            values.put("boolean", JSON.booleanNode(true));
        }
        if (!type.equals("object")) {
            values.put("object", JSON.objectNode().put("a", 1));
        }
        if (!type.equals("array")) {
            values.put("array", JSON.arrayNode().add("a"));
        }
        return values;
    }

    /** Query and path parameter values: bad ones of the parameter's kind, then generic ones. */
    static Map<String, String> forParameter(JsonNode schema) {
        Map<String, String> values = new LinkedHashMap<>();
        String format = schema.path("format").asText();
        String type = type(schema);
        if (format.equals("date")) {
            values.putAll(DATES);
        } else if (format.equals("date-time")) {
            values.putAll(INSTANTS);
        } else if (type.equals("integer") || type.equals("number")) {
            values.putAll(NUMBERS);
        }
        values.put("NUL", "a\u0000b");
        values.put("escape sequence", "\u001b[31m");
        values.put("not a UUID", "not-a-uuid");
        values.put("SQL", "' OR 1=1 --");
        values.put("LIKE wildcards", "%_\\");
        values.put("2,000 characters", "x".repeat(2000));
        values.put("right-to-left override", "\u202E");
        return values;
    }

    /** Whole bodies that are not one strict JSON object. */
    static Map<String, byte[]> bodies(String valid) {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("trailing garbage", (valid + " garbage").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bodies.put("two values", (valid + " " + valid).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bodies.put("duplicate key", valid.replaceFirst("\\{", "{\"dup\": 1, \"dup\": 2, ").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bodies.put("empty", new byte[0]);
        bodies.put("null", "null".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bodies.put("array", "[]".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bodies.put("string", "\"text\"".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bodies.put("truncated", valid.substring(0, valid.length() / 2).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bodies.put("5,000 levels deep", ("[".repeat(5000) + "]".repeat(5000)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] invalidUtf8 = "{\"name\": \"xx\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        invalidUtf8[11] = (byte) 0xC3;
        invalidUtf8[12] = (byte) 0x28;
        bodies.put("invalid UTF-8", invalidUtf8);
        bodies.put("lone surrogate", valid.replaceFirst("\"[^\"]*\"\\s*:\\s*\"[^\"]*\"", "\"name\": \"\\\\ud800\"").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return bodies;
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!option.asText().equals("null")) {
                    return option.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    /** A large array, for a field that takes a list. */
    private static JsonNode many(int size) {
        var array = JSON.arrayNode();
        for (int i = 0; i < size; i++) {
            array.add("x");
        }
        return array;
    }
}
