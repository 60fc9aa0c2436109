package dev.helhet.participants.service;

import dev.helhet.careaccess.CareRelation;
import dev.helhet.careaccess.ReceiverType;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.tenancy.Roles;

import java.util.Set;
import java.util.UUID;

/**
 * Who may record or revoke a consent on the person's behalf: their coordinator, the coordinator's deputy
 * (a coordinator or team lead themself), a team lead, or — until a coordinator is assigned — the coordinator
 * who registered them. Never for an organisation one works for: nobody grants themselves access.
 */
public final class ConsentAuthority {

    private ConsentAuthority() {
    }

    /** Whether a caseworker with this relation to the person acts for them in consent matters. */
    public static boolean actsForThePerson(CareRelation relation, Caller caller) {
        boolean coordinates = caller.hasRole(Roles.COORDINATOR) || caller.hasRole(Roles.TEAM_LEAD);
        return switch (relation) {
            case COORDINATOR, TEAM_LEAD -> true;
            case DEPUTY -> coordinates;
            case REGISTRANT -> caller.hasRole(Roles.COORDINATOR);
            case TEAM_MEMBER, PARTNER, ADMINISTRATOR -> false;
        };
    }

    /**
     * Whether the consent would open the person's information to an organisation the recorder works for: the
     * one it names, or — for the whole team — any of theirs but the coordinator's own (whose members see the
     * person anyway). Before a coordinator is assigned, the coordinator who registered the person stands for
     * the coordinator. A recorder whose organisations are not known ({@code recorder} empty) is refused too:
     * what cannot be checked is not allowed.
     */
    public static boolean opensToOwnOrganisation(ReceiverType receiverType, UUID receiverOrganisationId, Set<UUID> recorder,
                                                 UUID coordinatorOrganisation, CareRelation relation) {
        if (recorder.isEmpty()) {
            return true;
        }
        if (receiverType == ReceiverType.ORGANISATION) {
            return receiverOrganisationId != null && recorder.contains(receiverOrganisationId);
        }
        if (coordinatorOrganisation == null) {
            return relation != CareRelation.REGISTRANT;
        }
        return recorder.stream().anyMatch(organisation -> !organisation.equals(coordinatorOrganisation));
    }
}
