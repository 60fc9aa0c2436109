package dev.helhet.statistics.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.time.NordicTime;
import dev.helhet.statistics.domain.Dimension;
import dev.helhet.statistics.domain.Indicator;
import dev.helhet.statistics.repository.IndicatorQueries;
import dev.helhet.statistics.repository.IndicatorQueries.Computed;
import dev.helhet.statistics.repository.IndicatorQueries.Scope;
import dev.helhet.statistics.repository.PublishedTables;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * An indicator's table for whoever asks: the municipality's own analysts and admins see their municipality's
 * figures in full (they never name a person); the platform admin sees every municipality, protected
 * ({@link Suppression}), because those figures leave the municipalities.
 */
@ApplicationScoped
public class IndicatorService {

    /** In the municipality's own view every fact counts, whenever its event happened. */
    private static final Instant EVERYTHING = Instant.parse("9999-12-31T23:59:59Z");

    /** Weeks a meeting counts as recent by default. */
    public static final int DEFAULT_WEEKS = 8;

    private final IndicatorQueries queries;
    private final PublishedTables published;
    private final OpenDataCache openData;
    private final ObjectMapper json;
    private final Clock clock;

    public IndicatorService(IndicatorQueries queries, PublishedTables published, OpenDataCache openData, ObjectMapper json, Clock clock) {
        this.queries = queries;
        this.published = published;
        this.openData = openData;
        this.json = json;
        this.clock = clock;
    }

    /** What the caller asks for: which indicator, by what, over which months, and (recent meetings) how many weeks back. */
    public record Question(Indicator indicator, Dimension by, Period period, int weeks) {
    }

    public LocalDate today() {
        return NordicTime.today(clock);
    }

    /** The caller's municipality, unprotected; every dimension but the municipality. */
    public Uni<IndicatorTable> forMunicipality(Caller caller, Question question) {
        if (question.by() == Dimension.MUNICIPALITY) {
            throw ProblemException.invalidField("by", "a municipality's figures are of that municipality only; the regional view breaks"
                    + " them down by municipality", "dimension-not-allowed");
        }
        return table(question, List.of(caller.municipalityId()), false, EVERYTHING, clock.instant());
    }

    /**
     * Every municipality, protected, over one closed quarter: rows by municipality or a property, never by period (a
     * table per quarter, so no two published tables differ by a few events). A figure as of now only by municipality.
     */
    public Uni<IndicatorTable> forRegion(Question question) {
        if (question.by().isPeriod()) {
            throw ProblemException.invalidField("by", "the regional view is one closed quarter at a time; open data has every quarter",
                    "dimension-not-allowed");
        }
        if (question.indicator().snapshot() && question.by() != Dimension.MUNICIPALITY) {
            throw ProblemException.invalidField("by", "a regional figure as of now is broken down by municipality only", "dimension-not-allowed");
        }
        return regional(question);
    }

    /**
     * One closed quarter of every municipality, protected, published once and kept: the first time it is asked for
     * after the quarter closed, it is computed from everything recorded by then (a figure as of now: as at the quarter's
     * end) and stored; every later answer is that stored table, so no two answers differ by a late event about one person.
     */
    private Uni<IndicatorTable> regional(Question question) {
        Instant quarterEnd = question.period().endExclusive().atStartOfDay(NordicTime.ZONE).toInstant();
        PublishedTables.Key key = new PublishedTables.Key(question.indicator().code(), Period.quarterOf(question.period().from()),
                question.by().code(), question.indicator() == Indicator.RECENT_MEETINGS ? question.weeks() : 0);
        return published.find(key).flatMap(stored -> stored != null ? Uni.createFrom().item(stored)
                : queries.municipalities()
                        .flatMap(municipalities -> table(question, municipalities, true,
                                question.indicator().snapshot() ? quarterEnd : EVERYTHING, quarterEnd))
                        .flatMap(computed -> published.publishOnce(key, write(computed), clock.instant())))
                .map(this::read);
    }

    private String write(IndicatorTable table) {
        try {
            return json.writeValueAsString(table);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a table that cannot be written as JSON", e);
        }
    }

    private IndicatorTable read(String body) {
        try {
            return json.readValue(body, IndicatorTable.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a published table that cannot be read back", e);
        }
    }

    private Uni<IndicatorTable> table(Question question, List<String> municipalities, boolean protect, Instant asOf, Instant takenAt) {
        Indicator indicator = question.indicator();
        if (!indicator.allows(question.by())) {
            throw ProblemException.invalidField("by", indicator.code() + " cannot be broken down by " + question.by().code(),
                    "dimension-not-allowed");
        }
        Period period = question.by() == Dimension.QUARTER ? question.period().toWholeQuarters() : question.period();
        Scope scope = new Scope(municipalities, period.firstDay(), period.endExclusive(), asOf, takenAt, question.weeks());
        List<String> keys = question.by().isPeriod() ? period.keys(question.by())
                : question.by() == Dimension.MUNICIPALITY ? municipalities : List.of();
        return queries.compute(indicator, question.by(), scope)
                // Protection solves equations: off the event loop, which must never wait on a computation.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(computed -> labels(question.by(), computed).map(labels -> {
                    Tabulation.Rows rows = Tabulation.tabulate(indicator, computed, keys, protect, question.by() == Dimension.MUNICIPALITY, labels);
                    return new IndicatorTable(indicator, question.by(), municipalities,
                            indicator.snapshot() ? null : period.from(), indicator.snapshot() ? null : period.to(),
                            protect, rows.rows(), rows.total());
                }));
    }

    /** Organisation names for rows per receiving organisation; no label otherwise (the key is a code). */
    private Uni<Function<String, String>> labels(Dimension by, List<Computed> computed) {
        if (by != Dimension.RECEIVING_ORGANISATION) {
            return Uni.createFrom().item(key -> null);
        }
        List<String> ids = computed.stream().filter(row -> !row.total() && row.key() != null).map(Computed::key).toList();
        return queries.organisationNames(ids).map(names -> (Function<String, String>) names::get);
    }

    /**
     * The open-data cube of an indicator: every municipality and the region by closed quarter. Each quarter is the
     * published regional table of that quarter by municipality — the same figures, withheld the same way, as the
     * platform admin sees — kept in memory a while too, so no quarter's protection depends on which others were asked for.
     */
    public Uni<OpenCube> open(Indicator indicator, Period quarters) {
        if (indicator.snapshot()) {
            throw ProblemException.notFound("The open data set (a figure as of now has no quarters)");
        }
        List<String> keys = quarters.keys(Dimension.QUARTER);
        List<Uni<IndicatorTable>> tables = keys.stream()
                .map(key -> {
                    Period quarter = Period.ofClosedQuarter(key, today());
                    return openData.get(indicator, quarter, () -> regional(new Question(indicator, Dimension.MUNICIPALITY, quarter, DEFAULT_WEEKS)));
                })
                .toList();
        return Uni.join().all(tables).andFailFast().map(computed -> OpenCube.of(indicator, keys, computed, clock.instant()));
    }

    /** How many people the municipality has registered: the overview's one figure. */
    public Uni<Long> registered(Caller caller) {
        return queries.registered(caller.municipalityId());
    }
}
