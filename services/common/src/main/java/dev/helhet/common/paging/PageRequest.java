package dev.helhet.common.paging;

import dev.helhet.common.input.InputBounds;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The page a client asks of a collection: {@code page} (zero-based) and {@code size}, the same two query parameters,
 * defaults and limits on every list (ADR 0040). Taken as {@code @Valid @BeanParam}, so a page out of range answers
 * 400 {@code validation} naming the parameter.
 */
public class PageRequest {

    /** The largest page any list answers. */
    public static final int LARGEST_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    @Parameter(description = "Zero-based page", example = "0")
    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(InputBounds.MAX_PAGE)
    int page;

    @Parameter(description = "Items per page, 1-" + LARGEST_SIZE, example = "50")
    @QueryParam("size")
    @DefaultValue("" + DEFAULT_SIZE)
    @Min(1)
    @Max(LARGEST_SIZE)
    int size;

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    /** Items before this page; a long, though the limits keep it far inside an int. */
    public long offset() {
        return (long) page * size;
    }
}
