package dev.helhet.statistics.service;

import dev.helhet.statistics.domain.Indicator;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Open data computed once per data set and quarter for a while: anyone may ask without a token, and each quarter is a
 * query over every municipality's facts and a protection to solve. A closed quarter's figures are as of its end and do
 * not change, so ten minutes old is fine.
 */
@ApplicationScoped
public class OpenDataCache {

    static final Duration KEEP = Duration.ofMinutes(10);
    /** Far more than the data sets times the periods anyone asks for; beyond it the oldest answers are dropped. */
    static final int MAX_ENTRIES = 512;

    private record Key(Indicator indicator, Period quarter) {
    }

    private record Entry(IndicatorTable table, Instant computedAt) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    public OpenDataCache(Clock clock) {
        this.clock = clock;
    }

    Uni<IndicatorTable> get(Indicator indicator, Period quarter, Supplier<Uni<IndicatorTable>> compute) {
        Key key = new Key(indicator, quarter);
        Entry entry = entries.get(key);
        Instant now = clock.instant();
        if (entry != null && entry.computedAt().plus(KEEP).isAfter(now)) {
            return Uni.createFrom().item(entry.table());
        }
        return compute.get().invoke(table -> {
            if (entries.size() >= MAX_ENTRIES) {
                entries.entrySet().removeIf(old -> old.getValue().computedAt().plus(KEEP).isBefore(now));
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
            }
            entries.put(key, new Entry(table, now));
        });
    }

    /** Forgets every answer: after a rebuild, the figures are the replayed ones. */
    public void clear() {
        entries.clear();
    }
}
