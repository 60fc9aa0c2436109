package dev.helhet.statistics.repository;

import dev.helhet.statistics.domain.Dimension;
import dev.helhet.statistics.domain.Indicator;
import dev.helhet.statistics.domain.Measure;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Computes an indicator's rows from the facts in one query: its units, keyed by the chosen dimension, aggregated
 * by its measures, with the total over all rows (a grouping set) in the same pass.
 */
@ApplicationScoped
public class IndicatorQueries {

    /** A row as computed: the key (null for the total) and the measures SQL computes, by code. */
    public record Computed(String key, boolean total, Map<String, Double> values) {
    }

    /**
     * Which municipalities and which days an indicator is computed over, from the facts of events before {@code asOf};
     * {@code takenAt} is the moment a figure as of now (recent meetings) looks back from.
     */
    public record Scope(List<String> municipalities, LocalDate from, LocalDate toExclusive, Instant asOf, Instant takenAt, int weeks) {
    }

    private final Pool pool;

    public IndicatorQueries(Pool pool) {
        this.pool = pool;
    }

    /** The indicator's rows keyed by {@code by}, and their total. */
    public Uni<List<Computed>> compute(Indicator indicator, Dimension by, Scope scope) {
        return compute(indicator, by.sql(), scope);
    }

    /** Every municipality the facts know of. */
    public Uni<List<String>> municipalities() {
        return pool.query("select municipality_id from municipality order by 1").execute()
                .map(rows -> {
                    List<String> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getString(0)));
                    return ids;
                });
    }

    private Uni<List<Computed>> compute(Indicator indicator, String keySql, Scope scope) {
        return pool.preparedQuery(sql(indicator, keySql))
                .execute(Tuple.from(List.of(scope.municipalities().toArray(String[]::new), scope.from(), scope.toExclusive(),
                        scope.asOf().atOffset(ZoneOffset.UTC), scope.weeks(), scope.takenAt().atOffset(ZoneOffset.UTC))))
                .map(rows -> {
                    List<Computed> computed = new ArrayList<>();
                    for (Row row : rows) {
                        Map<String, Double> values = new LinkedHashMap<>();
                        for (Measure measure : indicator.measures()) {
                            if (measure.computedInSql()) {
                                Object value = row.getValue(measure.code());
                                values.put(measure.code(), value == null ? null : ((Number) value).doubleValue());
                            }
                        }
                        boolean total = row.getBoolean("is_total");
                        computed.add(new Computed(total ? null : row.getString("k"), total, values));
                    }
                    return computed;
                });
    }

    /** The names of the registry's services by id, for rows per receiving organisation. */
    public Uni<Map<String, String>> organisationNames(List<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery("select organisation_id::text as id, name from organisation where organisation_id::text = any($1)")
                .execute(Tuple.of(ids.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, String> names = new LinkedHashMap<>();
                    rows.forEach(row -> names.put(row.getString("id"), row.getString("name")));
                    return names;
                });
    }

    /** How many people the municipality has registered (each once, however often she was re-registered). */
    public Uni<Long> registered(String municipalityId) {
        return pool.preparedQuery("""
                        select count(distinct participant_id) as registered from fact
                         where event_type = 'ParticipantRegistered' and municipality_id = $1""")
                .execute(Tuple.of(municipalityId))
                .map(rows -> rows.iterator().next().getLong("registered"));
    }

    static String sql(Indicator indicator, String keySql) {
        String measures = indicator.measures().stream()
                .filter(Measure::computedInSql)
                .map(measure -> measure.sql() + " as \"" + measure.code() + "\"")
                .collect(Collectors.joining(",\n       "));
        String period = indicator.snapshot() ? "" : " where u.period >= p.from_day and u.period < p.to_day";
        return "with " + Indicator.commonSql() + ",\nunits as (\n" + indicator.units() + ")\n"
                + "select u.k, grouping(u.k) = 1 as is_total,\n       " + measures + "\n"
                + "  from (select " + keySql + " as k, u.* from units u, params p" + period + ") u\n"
                + " group by grouping sets ((u.k), ())\n"
                + " order by is_total, u.k";
    }
}
