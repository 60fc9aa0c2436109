package dev.helhet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks an operation that creates something against the {@code Idempotency-Key} contract (docs/adr/0038): a retry
 * with the same key and body gets the first answer again, marked replayed, and creates nothing; the same key with
 * another body is refused with 422 {@code idempotency-key-reused}.
 */
public final class SafeRetries {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SafeRetries() {
    }

    /**
     * POSTs {@code body} to {@code path} twice with one fresh key, then {@code otherBody} with that key, as the caller
     * {@code as} gives. {@code created} counts what the operation creates (read back through the API): the retry
     * must not change it. Answers the first answer.
     */
    public static Response assertSafeToRetry(Supplier<RequestSpecification> as, String path, String body, String otherBody,
                                             IntSupplier created) {
        String key = UUID.randomUUID().toString();
        Response first = as.get().header("Idempotency-Key", key).body(body).when().post(path);
        assertTrue(first.statusCode() == 200 || first.statusCode() == 201, () -> path + " answered " + first.statusCode()
                + ": " + first.asString());
        assertNull(first.header("Idempotent-Replayed"), "a first answer is not a replay");
        int before = created.getAsInt();

        Response retry = as.get().header("Idempotency-Key", key).body(body).when().post(path);
        assertEquals(first.statusCode(), retry.statusCode(), () -> "the retry of " + path + " answered " + retry.asString());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.header("Location"), retry.header("Location"), "the retry names the same created resource");
        assertEquals(json(first), json(retry), "the retry gets the first answer's body");
        assertEquals(first.header("ETag"), retry.header("ETag"), "the retry tags a versioned record as the first answer did");
        assertTrue(retry.contentType().startsWith("application/json"), retry.contentType());
        assertEquals(before, created.getAsInt(), () -> "the retry of " + path + " created something");

        Response reused = as.get().header("Idempotency-Key", key).body(otherBody).when().post(path);
        assertEquals(422, reused.statusCode(), () -> path + " with a reused key answered " + reused.asString());
        assertEquals("urn:helhet:problem:idempotency-key-reused", reused.jsonPath().getString("type"));
        assertEquals(before, created.getAsInt(), () -> "a request with a reused key on " + path + " created something");
        return first;
    }

    private static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + response.asString(), e);
        }
    }
}
