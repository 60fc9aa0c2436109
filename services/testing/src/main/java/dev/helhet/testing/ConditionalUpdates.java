package dev.helhet.testing;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.function.Function;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Checks an update against the ETag / If-Match contract (docs/adr/0039): a weak, unknown or stale tag is refused with 412
 * {@code precondition-failed} and changes nothing; a body naming another version than If-Match is refused too; the
 * current tag lets the change through, and the answer carries the record's new tag.
 */
public final class ConditionalUpdates {

    private ConditionalUpdates() {
    }

    /** The ETag of an answer that is one versioned record, checked against its {@code version}. */
    public static String entityTag(Response answer) {
        String tag = answer.header("ETag");
        assertNotNull(tag, () -> "no ETag on " + answer.asString());
        assertEquals("\"" + answer.jsonPath().getLong("version") + "\"", tag, "the ETag is the record's version");
        return tag;
    }

    /**
     * PUTs {@code body} to {@code path} as {@code as} gives, under If-Match. {@code body} makes the request body with a
     * given {@code version}, or without one for null; {@code versionRequired} when the body must always carry it.
     */
    public static Response assertIfMatchGuards(Supplier<RequestSpecification> as, String path, String currentTag,
                                               Function<Long, String> body, boolean versionRequired) {
        long current = Long.parseLong(currentTag.replace("\"", ""));
        String elsewhere = "\"" + (current + 7) + "\"";
        assertRefused(as.get().header("If-Match", "W/" + currentTag).body(body.apply(versionRequired ? current : null)).when().put(path), path);
        assertRefused(as.get().header("If-Match", elsewhere).body(body.apply(versionRequired ? current + 7 : null)).when().put(path), path);
        assertRefused(as.get().header("If-Match", currentTag).body(body.apply(current + 7)).when().put(path), path);

        Response changed = as.get().header("If-Match", currentTag).body(body.apply(versionRequired ? current : null)).when().put(path);
        assertEquals(200, changed.statusCode(), () -> path + " with the current If-Match answered " + changed.asString());
        String newTag = entityTag(changed);
        assertNotEquals(currentTag, newTag, "a change moves the version on");

        assertRefused(as.get().header("If-Match", currentTag).body(body.apply(versionRequired ? current : null)).when().put(path), path);
        return changed;
    }

    private static void assertRefused(Response answer, String path) {
        assertEquals(412, answer.statusCode(), () -> path + " answered " + answer.asString());
        assertEquals("urn:helhet:problem:precondition-failed", answer.jsonPath().getString("type"));
    }
}
