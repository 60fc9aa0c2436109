package dev.helhet.testing;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks a list against the paging contract (docs/adr/0040): {@code {items, page, size, total}}, {@code page} and
 * {@code size} echoed, pages of one that walk the same items in the same order as one large page, an empty page past
 * the end, and 400 {@code validation} naming {@code page} or {@code size} out of range.
 */
public final class PagedLists {

    private PagedLists() {
    }

    /**
     * GETs {@code path} as {@code as} gives (with any filters already on it), expecting at least {@code atLeast} items.
     * The items must not change between the calls; for a list that grows as it is read, see {@link #assertPagedShape}.
     */
    public static void assertPaged(Supplier<RequestSpecification> as, String path, int atLeast) {
        JsonPath whole = page(as, path, 0, 200);
        List<Object> all = whole.getList("items");
        assertTrue(all.size() >= atLeast, () -> path + " should list at least " + atLeast + ": " + whole.prettify());
        assertEquals(all.size(), whole.getLong("total"), () -> path + ": total counts every item");
        List<Object> walked = new ArrayList<>();
        for (int number = 0; number < all.size(); number++) {
            JsonPath one = page(as, path, number, 1);
            assertEquals(number, one.getInt("page"));
            assertEquals(1, one.getInt("size"));
            assertEquals(all.size(), one.getLong("total"), path + ": every page tells the same total");
            walked.addAll(one.getList("items"));
        }
        assertEquals(all, walked, () -> path + ": pages of one walk the same items in the same order as one page of all");
        assertEquals(List.of(), page(as, path, all.size(), 1).getList("items"), path + ": a page past the end is empty");
        assertPagedShape(as, path);
    }

    /** The shape and the limits only: for a list that changes as it is read (an access log records the reading). */
    public static void assertPagedShape(Supplier<RequestSpecification> as, String path) {
        JsonPath two = page(as, path, 0, 2);
        assertTrue(two.getList("items").size() <= 2, () -> path + ": a page holds at most its size");
        assertTrue(two.getLong("total") >= two.getList("items").size(), () -> path + ": total is at least the page");
        refused(as, path, "size", 0);
        refused(as, path, "size", 201);
        refused(as, path, "page", -1);
        refused(as, path, "page", 10_001);
    }

    private static JsonPath page(Supplier<RequestSpecification> as, String path, int page, int size) {
        Response answer = as.get().queryParam("page", page).queryParam("size", size).when().get(path);
        assertEquals(200, answer.statusCode(), () -> path + " page " + page + " size " + size + " answered " + answer.asString());
        return answer.jsonPath();
    }

    private static void refused(Supplier<RequestSpecification> as, String path, String parameter, int value) {
        Response answer = as.get().queryParam(parameter, value).when().get(path);
        assertEquals(400, answer.statusCode(), () -> path + " with " + parameter + "=" + value + " answered " + answer.asString());
        assertEquals("urn:helhet:problem:validation", answer.jsonPath().getString("type"));
        assertEquals(List.of(parameter), answer.jsonPath().getList("errors.field"), () -> answer.asString());
    }
}
