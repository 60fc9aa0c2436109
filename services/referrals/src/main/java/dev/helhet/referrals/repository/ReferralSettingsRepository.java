package dev.helhet.referrals.repository;

import dev.helhet.referrals.domain.ReferralSettings;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Each municipality's referral settings; none stored until its admin sets them. */
@ApplicationScoped
public class ReferralSettingsRepository {

    public Uni<ReferralSettings> find(String municipalityId) {
        return Panache.getSession().flatMap(session -> session.find(ReferralSettings.class, municipalityId));
    }

    public Uni<ReferralSettings> persist(ReferralSettings settings) {
        return Panache.getSession().flatMap(session -> session.persist(settings).replaceWith(settings));
    }
}
