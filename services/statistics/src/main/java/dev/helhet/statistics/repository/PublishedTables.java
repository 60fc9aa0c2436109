package dev.helhet.statistics.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;

/** The protected tables published so far, one per indicator, closed quarter, breakdown and weeks; never changed once stored. */
@ApplicationScoped
public class PublishedTables {

    /** Which published table. */
    public record Key(String indicator, String quarter, String dimension, int weeks) {
    }

    private final Pool pool;

    public PublishedTables(Pool pool) {
        this.pool = pool;
    }

    /** The table as published (JSON), or null when it has not been. */
    public Uni<String> find(Key key) {
        return pool.preparedQuery("select body::text as body from published_table where indicator = $1 and quarter = $2 and dimension = $3 and weeks = $4")
                .execute(Tuple.of(key.indicator(), key.quarter(), key.dimension(), key.weeks()))
                .map(PublishedTables::body);
    }

    /** Publishes the table unless another request published it first; answers the one published. */
    public Uni<String> publishOnce(Key key, String body, Instant at) {
        return pool.preparedQuery("""
                        insert into published_table (indicator, quarter, dimension, weeks, body, published_at) values ($1, $2, $3, $4, $5, $6)
                        on conflict do nothing""")
                .execute(Tuple.of(key.indicator(), key.quarter(), key.dimension(), key.weeks(), new JsonObject(body), at.atOffset(ZoneOffset.UTC)))
                .chain(() -> find(key));
    }

    private static String body(RowSet<Row> rows) {
        return rows.iterator().hasNext() ? rows.iterator().next().getString("body") : null;
    }
}
