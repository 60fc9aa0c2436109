package dev.helhet.statistics.repository;

import dev.helhet.statistics.domain.Fact;
import dev.helhet.statistics.domain.OrganisationName;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * Stores facts and registry names, a batch at a time in one round trip. A fact already stored (the same event
 * again) is skipped; a name older than the one stored is ignored, so redelivery and disorder change nothing.
 */
@ApplicationScoped
public class FactRepository {

    private static final String INSERT_FACT = """
            insert into fact (event_id, event_type, municipality_id, occurred_at, participant_id, subject_id, previous_subject_id,
                              organisation_id, professional_id, programme, reason, life_area, status, previous_status, kind, rule,
                              age_band, start_date, end_date, due_date, held_at, with_person, with_network_person)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)
            on conflict (event_id) do nothing""";

    private static final String INSERT_MUNICIPALITIES = """
            insert into municipality (municipality_id) select distinct unnest($1::text[]) on conflict do nothing""";

    private static final String UPSERT_ORGANISATION = """
            insert into organisation (organisation_id, name, type, updated_at) values ($1, $2, $3, $4)
            on conflict (organisation_id) do update set name = excluded.name, type = excluded.type, updated_at = excluded.updated_at
             where organisation.updated_at <= excluded.updated_at""";

    private final Pool pool;

    public FactRepository(Pool pool) {
        this.pool = pool;
    }

    /** Stores the batch in one transaction. */
    public Uni<Void> store(List<Fact> facts, List<OrganisationName> organisations) {
        if (facts.isEmpty() && organisations.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.withTransaction(connection -> {
            Uni<Void> stored = facts.isEmpty() ? Uni.createFrom().voidItem()
                    : connection.preparedQuery(INSERT_FACT).executeBatch(facts.stream().map(FactRepository::row).toList())
                            .chain(() -> connection.preparedQuery(INSERT_MUNICIPALITIES)
                                    .execute(Tuple.of((Object) facts.stream().map(fact -> fact.municipalityId).distinct().toArray(String[]::new))))
                            .replaceWithVoid();
            return stored.chain(() -> organisations.isEmpty() ? Uni.createFrom().voidItem()
                    : connection.preparedQuery(UPSERT_ORGANISATION).executeBatch(organisations.stream()
                            .map(name -> Tuple.of(name.organisationId(), name.name(), name.type(), name.updatedAt().atOffset(ZoneOffset.UTC)))
                            .toList()).replaceWithVoid());
        });
    }

    /** Empties the read model before a replay from the topics. */
    public Uni<Void> wipe() {
        return pool.query("truncate fact, organisation, municipality").execute().replaceWithVoid();
    }

    private static Tuple row(Fact fact) {
        return Tuple.from(Arrays.asList(
                fact.eventId, fact.eventType, fact.municipalityId, fact.occurredAt.atOffset(ZoneOffset.UTC), fact.participantId,
                fact.subjectId, fact.previousSubjectId, fact.organisationId, fact.professionalId, fact.programme, fact.reason,
                fact.lifeArea, fact.status, fact.previousStatus, fact.kind, fact.rule, fact.ageBand, fact.startDate, fact.endDate,
                fact.dueDate, fact.heldAt == null ? null : fact.heldAt.atOffset(ZoneOffset.UTC), fact.withPerson, fact.withNetworkPerson));
    }
}
