package dev.helhet.participants.access;

import dev.helhet.participants.domain.ReceiverType;

import java.util.Set;
import java.util.UUID;

/**
 * Who may record or revoke a consent on the person's behalf: their coordinator, the coordinator's
 * deputy, a team lead, or — until a coordinator is assigned — the coordinator who registered them.
 * Never a member of the organisation the consent opens information to: nobody grants themselves access.
 */
public final class ConsentAuthority {

    private ConsentAuthority() {
    }

    /** Whether a caseworker with this relation (and the coordinator role or not) acts for the person in consent matters. */
    public static boolean actsForThePerson(CareRelation relation, boolean coordinatorRole) {
        return switch (relation) {
            case COORDINATOR, DEPUTY, TEAM_LEAD -> true;
            case REGISTRANT -> coordinatorRole;
            case TEAM_MEMBER, PARTNER, ADMINISTRATOR -> false;
        };
    }

    /** Whether the consent would open information to an organisation the recorder works for. */
    public static boolean grantsToOwnOrganisation(ReceiverType receiverType, UUID receiverOrganisationId, Set<UUID> recorderOrganisations) {
        return receiverType == ReceiverType.ORGANISATION && receiverOrganisationId != null && recorderOrganisations.contains(receiverOrganisationId);
    }
}
