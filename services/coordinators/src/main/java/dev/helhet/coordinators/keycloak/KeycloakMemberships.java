package dev.helhet.coordinators.keycloak;

import dev.helhet.common.problem.Problem;
import dev.helhet.common.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.keycloak.representations.idm.OrganizationRepresentation;

import java.util.Set;
import java.util.stream.Collectors;

/** Which municipalities (Keycloak organizations) a user belongs to: a municipality registers only its own users. */
@ApplicationScoped
public class KeycloakMemberships {

    private static final Logger LOG = Logger.getLogger(KeycloakMemberships.class);

    private final KeycloakRealm keycloak;

    public KeycloakMemberships(KeycloakRealm keycloak) {
        this.keycloak = keycloak;
    }

    /** The aliases of the user's organizations; none when there is no such user. 503 problem when Keycloak does not answer. */
    public Uni<Set<String>> municipalitiesOf(String userId) {
        return keycloak.call(realm -> realm.organizations().members().getOrganizations(userId, true).stream()
                        .map(OrganizationRepresentation::getAlias).collect(Collectors.toUnmodifiableSet()))
                .onFailure(KeycloakMemberships::noSuchUser).recoverWithItem(Set.of())
                .onFailure(failure -> !(failure instanceof ProblemException)).transform(failure -> {
                    LOG.errorf("Keycloak did not say which municipalities user %s belongs to: %s", userId, failure.toString());
                    return new ProblemException(Problem.of(MunicipalityOnboarding.KEYCLOAK_UNAVAILABLE,
                            "Keycloak did not answer which municipality the user belongs to; try again shortly"));
                });
    }

    private static boolean noSuchUser(Throwable failure) {
        int status = KeycloakRealm.refusedWith(failure);
        return status == 404 || status == 400;
    }
}
