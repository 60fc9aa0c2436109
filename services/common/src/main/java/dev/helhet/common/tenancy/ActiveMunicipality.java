package dev.helhet.common.tenancy;

import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;

import java.util.Set;

/**
 * Decides which municipality a request acts in: the one the token proves, or, for a member of
 * several, the one named in the {@value #HEADER} header, which must be among those the token proves.
 */
public final class ActiveMunicipality {

    public static final String HEADER = "X-Helhet-Municipality";

    private ActiveMunicipality() {
    }

    public static String choose(Set<String> memberships, String requested) {
        if (memberships.isEmpty()) {
            throw new ProblemException(ProblemType.NO_MUNICIPALITY,
                    "The token proves membership of no municipality: request it with the scope 'organization'"
                            + " (or 'organization:<alias>' if you belong to several)");
        }
        if (requested != null && !requested.isBlank()) {
            if (!memberships.contains(requested)) {
                throw new ProblemException(ProblemType.MUNICIPALITY_NOT_PERMITTED,
                        "The token does not prove membership of the municipality named in " + HEADER);
            }
            return requested;
        }
        if (memberships.size() > 1) {
            throw new ProblemException(ProblemType.NO_MUNICIPALITY,
                    "You belong to several municipalities: choose one with the header " + HEADER
                            + " or a token with the scope 'organization:<alias>'");
        }
        return memberships.iterator().next();
    }
}
