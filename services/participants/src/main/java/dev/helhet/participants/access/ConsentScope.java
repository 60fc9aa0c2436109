package dev.helhet.participants.access;

import dev.helhet.participants.domain.Consent;
import dev.helhet.participants.domain.InformationCategory;
import dev.helhet.participants.domain.ProgrammeEnrolment;
import dev.helhet.participants.domain.ReceiverType;
import dev.helhet.participants.repository.ConsentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a team member from another organisation may see: only the categories an active consent
 * opens to their organisation (or to the whole team). Everyone else who may see the person sees all.
 */
@ApplicationScoped
public class ConsentScope {

    private final ConsentRepository consents;
    private final Clock clock;

    public ConsentScope(ConsentRepository consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
    }

    /** The categories open to the caller; every category when their relation sees all. */
    public Uni<Set<InformationCategory>> openTo(CaseAccess.Access access) {
        if (access.relation().seesAll()) {
            return Uni.createFrom().item(EnumSet.allOf(InformationCategory.class));
        }
        Instant now = clock.instant();
        return consents.forParticipant(access.participant().id).map(given -> {
            Set<InformationCategory> open = EnumSet.noneOf(InformationCategory.class);
            for (Consent consent : given) {
                boolean toThem = consent.receiverType == ReceiverType.TEAM || access.organisationId().equals(consent.receiverOrganisationId);
                if (toThem && consent.isInEffect(now)) {
                    open.addAll(consent.categories());
                }
            }
            return open;
        });
    }

    /** The enrolments whose category is open. */
    public static List<ProgrammeEnrolment> visible(List<ProgrammeEnrolment> enrolments, Set<InformationCategory> open) {
        return enrolments.stream().filter(enrolment -> open.contains(enrolment.programme.category())).toList();
    }
}
