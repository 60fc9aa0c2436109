package dev.helhet.referrals.repository;

import dev.helhet.referrals.domain.Referral;
import dev.helhet.referrals.domain.ReferralTimelineEntry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Referrals and their timelines; the inbox and outbox queries. */
@ApplicationScoped
public class ReferralRepository {

    /** The most a list answers: an organisation's open referrals, newest first. */
    public static final int LIST_LIMIT = 500;

    public Uni<Referral> find(UUID id) {
        return Panache.getSession().flatMap(session -> session.find(Referral.class, id));
    }

    public Uni<Referral> persist(Referral referral) {
        return Panache.getSession().flatMap(session -> session.persist(referral).replaceWith(referral));
    }

    public Uni<Void> record(ReferralTimelineEntry entry) {
        return Panache.getSession().flatMap(session -> session.persist(entry));
    }

    /** How many steps the referral has taken. */
    public Uni<Long> timelineCount(UUID referralId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "select count(e) from ReferralTimelineEntry e where e.referralId = :referral", Long.class)
                .setParameter("referral", referralId).getSingleResult());
    }

    /** The steps of a referral, oldest first. */
    public Uni<List<ReferralTimelineEntry>> timeline(UUID referralId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from ReferralTimelineEntry e where e.referralId = :referral order by e.at, e.id", ReferralTimelineEntry.class)
                .setParameter("referral", referralId).getResultList());
    }

    /**
     * Referrals sent (never a draft, nor a draft withdrawn unsent) to these organisations in the municipality, or only those
     * these professionals accepted when {@code acceptedBy} is not null; open ones only unless {@code closedToo}.
     */
    public Uni<List<Referral>> toOrganisations(String municipalityId, Collection<UUID> organisations, Collection<UUID> acceptedBy,
                                               boolean closedToo) {
        if (organisations.isEmpty() || (acceptedBy != null && acceptedBy.isEmpty())) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().flatMap(session -> {
            var query = session.createQuery("from Referral r where r.municipalityId = :municipality"
                            + " and r.receivingOrganisationId in :organisations and r.requestedAt is not null"
                            + (acceptedBy != null ? " and r.receivingProfessionalId in :acceptedBy" : "")
                            + (closedToo ? "" : " and r.closedAt is null") + " order by r.requestedAt desc, r.id", Referral.class)
                    .setParameter("municipality", municipalityId).setParameter("organisations", organisations).setMaxResults(LIST_LIMIT);
            return (acceptedBy != null ? query.setParameter("acceptedBy", acceptedBy) : query).getResultList();
        });
    }

    /** Referrals the municipality's people were sent with from these organisations, or by this sender when {@code sender} is set. */
    public Uni<List<Referral>> fromOrganisations(String municipalityId, Collection<UUID> organisations, String sender, boolean closedToo) {
        if (sender == null && organisations.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String who = sender != null ? " and r.createdBy = :sender" : " and r.sendingOrganisationId in :organisations";
        return Panache.getSession().flatMap(session -> {
            var query = session.createQuery("from Referral r where r.municipalityId = :municipality" + who
                            + (closedToo ? "" : " and r.closedAt is null") + " order by r.createdAt desc, r.id", Referral.class)
                    .setParameter("municipality", municipalityId).setMaxResults(LIST_LIMIT);
            return (sender != null ? query.setParameter("sender", sender) : query.setParameter("organisations", organisations)).getResultList();
        });
    }

    /** A person's referrals in a municipality (not those of a municipality they have left), newest first. */
    public Uni<List<Referral>> ofPerson(UUID participantId, String municipalityId) {
        return Panache.getSession().flatMap(session -> session.createQuery("from Referral r where r.participantId = :participant"
                        + " and r.municipalityId = :municipality order by r.createdAt desc, r.id", Referral.class)
                .setParameter("participant", participantId).setParameter("municipality", municipalityId).getResultList());
    }
}
