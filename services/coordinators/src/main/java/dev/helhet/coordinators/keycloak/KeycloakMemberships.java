package dev.helhet.coordinators.keycloak;

import dev.helhet.common.problem.Problem;
import dev.helhet.common.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.Set;
import java.util.stream.Collectors;

/** Which municipalities (Keycloak organizations) a user belongs to: a municipality registers only its own users. */
@ApplicationScoped
public class KeycloakMemberships {

    private static final Logger LOG = Logger.getLogger(KeycloakMemberships.class);

    private final KeycloakAdminApi keycloak;
    private final KeycloakAdminToken token;

    public KeycloakMemberships(@RestClient KeycloakAdminApi keycloak, KeycloakAdminToken token) {
        this.keycloak = keycloak;
        this.token = token;
    }

    /** The aliases of the user's organizations; none when there is no such user. 503 problem when Keycloak does not answer. */
    public Uni<Set<String>> municipalitiesOf(String userId) {
        return token.bearer()
                .flatMap(bearer -> keycloak.organizationsOf(bearer, token.realm(), userId))
                .map(organizations -> organizations.stream().map(KeycloakAdminApi.Organization::alias).collect(Collectors.toUnmodifiableSet()))
                .onFailure(KeycloakMemberships::noSuchUser).recoverWithItem(Set.of())
                .onFailure(failure -> !(failure instanceof ProblemException)).transform(failure -> {
                    LOG.errorf("Keycloak did not say which municipalities user %s belongs to: %s", userId, failure.toString());
                    return new ProblemException(Problem.of(MunicipalityOnboarding.KEYCLOAK_UNAVAILABLE,
                            "Keycloak did not answer which municipality the user belongs to; try again shortly"));
                });
    }

    private static boolean noSuchUser(Throwable failure) {
        return failure instanceof WebApplicationException refused
                && (refused.getResponse().getStatus() == 404 || refused.getResponse().getStatus() == 400);
    }
}
