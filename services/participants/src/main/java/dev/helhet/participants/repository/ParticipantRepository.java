package dev.helhet.participants.repository;

import dev.helhet.common.problem.ProblemException;
import dev.helhet.participants.domain.Participant;
import dev.helhet.participants.domain.ParticipantStatus;
import dev.helhet.participants.domain.Programme;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Participants, always read within one municipality (except the person's own sign-in). */
@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    public Uni<Participant> findInMunicipality(UUID id, String municipalityId) {
        return find("id = ?1 and municipalityId = ?2", id, municipalityId).firstResult();
    }

    /** The participant of this municipality, or 404 — the same answer whether it exists elsewhere or not. */
    public Uni<Participant> requireInMunicipality(UUID id, String municipalityId) {
        return findInMunicipality(id, municipalityId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Participant " + id));
    }

    public Uni<Participant> findByNationalId(String municipalityId, byte[] lookup) {
        return find("municipalityId = ?1 and nationalIdLookup = ?2", municipalityId, lookup).firstResult();
    }

    /** Every record of one person, across municipalities: active first, newest first. */
    public Uni<List<Participant>> findAllByNationalId(byte[] lookup) {
        return list("nationalIdLookup = ?1 order by case when status = ?2 then 0 else 1 end, registeredAt desc",
                lookup, ParticipantStatus.ACTIVE);
    }

    public Uni<List<Participant>> search(ParticipantQuery query) {
        return find(query.where(), query.sort(), query.parameters())
                .page(Page.of(query.page(), query.size()))
                .list();
    }

    public Uni<Long> count(ParticipantQuery query) {
        return count(query.where(), query.parameters());
    }

    /** An HQL condition on {@code p} (a Participant) keeping the people a caller may see, with its parameters; null condition: all. */
    public record Visibility(String condition, java.util.Map<String, Object> parameters) {
    }

    /** Filters, sort and page of a participant list; every query is scoped to one municipality. */
    public record ParticipantQuery(String municipalityId, String text, ParticipantStatus status, Programme programme,
                                   String sortField, boolean descending, int page, int size, Visibility visibility) {

        /** The same query, kept to the people the caller may see. */
        public ParticipantQuery visibleAs(Visibility visible) {
            return new ParticipantQuery(municipalityId, text, status, programme, sortField, descending, page, size, visible);
        }

        String where() {
            StringBuilder where = new StringBuilder("from Participant p where p.municipalityId = :municipality");
            if (text != null && !text.isBlank()) {
                where.append(" and lower(p.name) like :text");
            }
            if (status != null) {
                where.append(" and p.status = :status");
            }
            if (programme != null) {
                where.append(" and exists (from ProgrammeEnrolment e where e.participantId = p.id"
                        + " and e.programme = :programme and e.actualEndDate is null)");
            }
            if (visibility.condition() != null) {
                where.append(" and ").append(visibility.condition());
            }
            return where.toString();
        }

        Parameters parameters() {
            Parameters parameters = Parameters.with("municipality", municipalityId);
            if (text != null && !text.isBlank()) {
                String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                parameters.and("text", "%" + escaped + "%");
            }
            if (status != null) {
                parameters.and("status", status);
            }
            if (programme != null) {
                parameters.and("programme", programme);
            }
            visibility.parameters().forEach(parameters::and);
            return parameters;
        }

        Sort sort() {
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            return Sort.by(sortField, direction).and("id", direction);
        }
    }
}
