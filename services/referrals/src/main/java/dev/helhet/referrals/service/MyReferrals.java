package dev.helhet.referrals.service;

import dev.helhet.careaccess.client.SignedInPerson.Registration;
import dev.helhet.careaccess.repository.CareOrganisations;
import dev.helhet.referrals.domain.Referral;
import dev.helhet.referrals.domain.ReferralTimelineEntry;
import dev.helhet.referrals.repository.ReferralRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The person's own view of where she has been referred and what happened: every referral sent about her (not drafts) in
 * every municipality that registered her, with its steps. Her own data, so all of it: why, to whom, and what came of it.
 */
@ApplicationScoped
public class MyReferrals {

    /** A referral with its steps and the names of the services' organisations. */
    public record MyReferral(Referral referral, List<ReferralTimelineEntry> timeline, Map<UUID, String> organisationNames) {
    }

    private final ReferralRepository referrals;
    private final CareOrganisations organisations;

    public MyReferrals(ReferralRepository referrals, CareOrganisations organisations) {
        this.referrals = referrals;
        this.organisations = organisations;
    }

    @WithSession
    public Uni<List<MyReferral>> of(List<Registration> registrations) {
        return Multi.createFrom().iterable(registrations)
                .onItem().transformToUniAndConcatenate(registration -> referrals.ofPerson(registration.participantId(), registration.municipalityId()))
                .collect().asList()
                .map(lists -> lists.stream().flatMap(List::stream).filter(referral -> referral.requestedAt != null).toList())
                .flatMap(sent -> organisations.names(sent.stream()
                                .flatMap(referral -> Stream.of(referral.sendingOrganisationId, referral.receivingOrganisationId)).distinct().toList())
                        .flatMap(names -> Multi.createFrom().iterable(sent)
                                .onItem().transformToUniAndConcatenate(referral -> referrals.timeline(referral.id)
                                        .map(timeline -> new MyReferral(referral, timeline, names)))
                                .collect().asList()));
    }
}
