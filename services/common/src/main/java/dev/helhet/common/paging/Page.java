package dev.helhet.common.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a collection, the same shape for every list the API answers. */
public record Page<T>(
        @Schema(description = "The items on this page, in the list's order", maxItems = PageRequest.LARGEST_SIZE) List<T> items,
        @Schema(description = "Zero-based page number", example = "0", minimum = "0", maximum = "10000") int page,
        @Schema(description = "The page size asked for; the last page may hold fewer", example = "50", minimum = "1", maximum = "200") int size,
        @Schema(description = "Items in the whole collection", example = "42", minimum = "0") long total) {

    /** The requested page of a collection already read whole; for collections bounded by one person's history. */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = (int) Math.min(all.size(), (long) from + request.size());
        return new Page<>(List.copyOf(all.subList(from, to)), request.page(), request.size(), all.size());
    }

    /** The same page holding other items: what the items became, one for one (a view of each, say). */
    public <R> Page<R> with(List<R> others) {
        return new Page<>(others, page, size, total);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
