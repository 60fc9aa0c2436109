package dev.helhet.statistics.service;

import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.time.NordicTime;
import dev.helhet.statistics.domain.Dimension;
import dev.helhet.statistics.domain.Indicator;
import dev.helhet.statistics.repository.IndicatorQueries;
import dev.helhet.statistics.repository.IndicatorQueries.Computed;
import dev.helhet.statistics.repository.IndicatorQueries.Scope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
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

    /** Weeks a meeting counts as recent by default. */
    public static final int DEFAULT_WEEKS = 8;

    private final IndicatorQueries queries;
    private final OpenDataCache openData;
    private final Clock clock;

    public IndicatorService(IndicatorQueries queries, OpenDataCache openData, Clock clock) {
        this.queries = queries;
        this.openData = openData;
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
        return table(question, List.of(caller.municipalityId()), false);
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
        return queries.municipalities().flatMap(municipalities -> table(question, municipalities, true));
    }

    private Uni<IndicatorTable> table(Question question, List<String> municipalities, boolean protect) {
        Indicator indicator = question.indicator();
        if (!indicator.allows(question.by())) {
            throw ProblemException.invalidField("by", indicator.code() + " cannot be broken down by " + question.by().code(),
                    "dimension-not-allowed");
        }
        Period period = question.by() == Dimension.QUARTER ? question.period().toWholeQuarters() : question.period();
        Scope scope = new Scope(municipalities, period.firstDay(), period.endExclusive(), clock.instant(), question.weeks());
        List<String> keys = question.by().isPeriod() ? period.keys(question.by())
                : question.by() == Dimension.MUNICIPALITY ? municipalities : List.of();
        return queries.compute(indicator, question.by(), scope)
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

    /** The open-data cube of an indicator: every municipality and the region by quarter, protected. */
    public Uni<OpenCube> open(Indicator indicator, Period quarters) {
        if (indicator.snapshot()) {
            throw ProblemException.notFound("The open data set (a figure as of now has no quarters)");
        }
        return openData.get(indicator, quarters, () -> queries.municipalities().flatMap(municipalities -> {
            Scope scope = new Scope(municipalities, quarters.firstDay(), quarters.endExclusive(), clock.instant(), DEFAULT_WEEKS);
            return queries.computeByMunicipalityAndQuarter(indicator, scope)
                    .map(computed -> OpenCube.of(indicator, municipalities, quarters.keys(Dimension.QUARTER), computed, clock.instant()));
        }));
    }

    /** How many people the municipality has registered: the overview's one figure. */
    public Uni<Long> registered(Caller caller) {
        return queries.registered(caller.municipalityId());
    }
}
