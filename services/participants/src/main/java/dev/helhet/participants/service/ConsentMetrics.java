package dev.helhet.participants.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts withdrawn consents, {@code helhet_consents_revoked_total}, by who recorded it: the person themself or staff on
 * their behalf. A sudden rise is worth a look (a misunderstanding in a letter, or a partner acting wrongly); the
 * count says nothing about whom.
 */
@ApplicationScoped
public class ConsentMetrics {

    private final Counter byThePerson;
    private final Counter byStaff;

    public ConsentMetrics(MeterRegistry metrics) {
        this.byThePerson = revoked(metrics, "person");
        this.byStaff = revoked(metrics, "staff");
    }

    /** A revocation was committed; call once its transaction has ended. */
    public void revokedByThePerson() {
        byThePerson.increment();
    }

    /** A revocation recorded by staff on the person's behalf was committed. */
    public void revokedByStaff() {
        byStaff.increment();
    }

    private static Counter revoked(MeterRegistry metrics, String by) {
        return Counter.builder("helhet.consents.revoked").description("Consents withdrawn").tag("by", by).register(metrics);
    }
}
