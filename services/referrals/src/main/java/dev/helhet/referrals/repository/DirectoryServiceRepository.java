package dev.helhet.referrals.repository;

import dev.helhet.common.persistence.UncachedPlan;
import dev.helhet.referrals.domain.DirectorySearch;
import dev.helhet.referrals.domain.DirectoryService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Directory entries, always found through a municipality they serve (or, to change one, the municipality that keeps it). */
@ApplicationScoped
public class DirectoryServiceRepository {

    /** The services serving the municipality that match, by name. */
    public Uni<List<DirectoryService>> search(DirectorySearch search) {
        StringBuilder sql = new StringBuilder("select * from directory_service where :municipality = any(served_municipality_ids)");
        if (search.text() != null) {
            sql.append(" and (name ilike :text escape '\\' or description ilike :text escape '\\' or provider ilike :text escape '\\')");
        }
        if (search.lifeArea() != null) {
            sql.append(" and :lifeArea = any(life_areas)");
        }
        if (search.language() != null) {
            sql.append(" and :language = any(languages)");
        }
        sql.append(" and ").append(UncachedPlan.CONDITION).append(" order by name, id limit 500");
        return Panache.getSession().flatMap(session -> {
            var query = UncachedPlan.bind(session.createNativeQuery(sql.toString(), DirectoryService.class)).setParameter("municipality", search.municipalityId());
            if (search.text() != null) {
                query.setParameter("text", "%" + search.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            if (search.lifeArea() != null) {
                query.setParameter("lifeArea", search.lifeArea());
            }
            if (search.language() != null) {
                query.setParameter("language", search.language());
            }
            return query.getResultList();
        });
    }

    public Uni<DirectoryService> find(UUID id) {
        return Panache.getSession().flatMap(session -> session.find(DirectoryService.class, id));
    }

    public Uni<List<DirectoryService>> findAll(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().flatMap(session -> session.createQuery("from DirectoryService s where s.id in :ids", DirectoryService.class)
                .setParameter("ids", ids).getResultList());
    }

    public Uni<DirectoryService> persist(DirectoryService service) {
        return Panache.getSession().flatMap(session -> session.persist(service).replaceWith(service));
    }
}
