package dev.helhet.coordinators.keycloak;

import dev.helhet.common.problem.Problem;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import dev.helhet.common.tenancy.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Brings a new municipality onto the platform in Keycloak: the Organization, and its first admin
 * (a user with role municipality-admin, a member of the organization, who must set a password and
 * verify their e-mail at first sign-in). With e-mail configured in the realm, Keycloak mails the
 * invitation; otherwise the operator hands it over from the admin console.
 */
@ApplicationScoped
public class MunicipalityOnboarding {

    public static final ProblemType MUNICIPALITY_EXISTS = new ProblemType("municipality-exists", "The municipality exists already", 409);
    public static final ProblemType KEYCLOAK_UNAVAILABLE = new ProblemType("identity-provider-unavailable",
            "Keycloak did not carry out the change", 503);
    private static final Logger LOG = Logger.getLogger(MunicipalityOnboarding.class);
    private static final List<String> FIRST_SIGN_IN = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

    private final KeycloakAdminApi keycloak;
    private final String realm;
    private final String clientId;
    private final String clientSecret;
    private final boolean sendEmail;

    public MunicipalityOnboarding(@RestClient KeycloakAdminApi keycloak,
                                  @ConfigProperty(name = "helhet.keycloak.realm") String realm,
                                  @ConfigProperty(name = "helhet.keycloak.admin-client-id") String clientId,
                                  @ConfigProperty(name = "helhet.keycloak.admin-client-secret") String clientSecret,
                                  @ConfigProperty(name = "helhet.onboarding.send-invitation-email") boolean sendEmail) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.sendEmail = sendEmail;
    }

    /** A new municipality and its first admin. */
    public record Request(String alias, String name, String domain, String adminEmail, String adminFirstName, String adminLastName) {
    }

    /** What was created, and how the admin gets in. */
    public record Result(String alias, String organizationId, String adminUserId, String invitation) {
    }

    public Uni<Result> onboard(Request request) {
        return keycloak.token(realm, "client_credentials", clientId, clientSecret)
                .onFailure().transform(failure -> unavailable("token", failure))
                .flatMap(token -> onboard("Bearer " + token.accessToken(), request));
    }

    private Uni<Result> onboard(String bearer, Request request) {
        KeycloakAdminApi.Organization organization = new KeycloakAdminApi.Organization(null, request.name(), request.alias(), true,
                "Municipality onboarded through Helhet", List.of(new KeycloakAdminApi.Domain(request.domain(), false)));
        // Keycloak searches names and domains, not aliases: search broadly, then compare the alias.
        return keycloak.organizations(bearer, realm, request.alias(), false).flatMap(existing -> {
            if (existing.stream().anyMatch(found -> request.alias().equals(found.alias()))) {
                throw new ProblemException(Problem.of(MUNICIPALITY_EXISTS, "A municipality with the id '" + request.alias() + "' exists already"));
            }
            return keycloak.createOrganization(bearer, realm, organization);
        }).map(created -> createdId(created, "organization"))
                .flatMap(organizationId -> keycloak.createUser(bearer, realm, new KeycloakAdminApi.User(null, request.adminEmail(),
                                request.adminEmail(), request.adminFirstName(), request.adminLastName(), true, false, FIRST_SIGN_IN))
                        .map(created -> createdId(created, "user"))
                        .flatMap(userId -> keycloak.addMember(bearer, realm, organizationId, "\"" + userId + "\"")
                                .flatMap(added -> keycloak.role(bearer, realm, Roles.MUNICIPALITY_ADMIN))
                                .flatMap(role -> keycloak.addRealmRoles(bearer, realm, userId, List.of(role)))
                                .flatMap(granted -> invite(bearer, userId))
                                .map(invitation -> new Result(request.alias(), organizationId, userId, invitation))))
                .onFailure(WebApplicationException.class).transform(failure -> {
                    int status = ((WebApplicationException) failure).getResponse().getStatus();
                    if (status == 409) {
                        return new ProblemException(Problem.of(MUNICIPALITY_EXISTS,
                                "Keycloak has this municipality or this admin's e-mail already"));
                    }
                    return unavailable("onboarding", failure);
                });
    }

    private Uni<String> invite(String bearer, String userId) {
        if (!sendEmail) {
            return Uni.createFrom().item("set-password-in-keycloak");
        }
        return keycloak.sendActionsEmail(bearer, realm, userId, FIRST_SIGN_IN).map(sent -> "email-sent")
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Keycloak could not send the invitation e-mail for user %s: %s", userId, failure.toString());
                    return "email-failed-set-password-in-keycloak";
                });
    }

    private static String createdId(Response created, String what) {
        String location = created.getHeaderString("Location");
        if (created.getStatus() != 201 || location == null) {
            throw new ProblemException(Problem.of(KEYCLOAK_UNAVAILABLE, "Keycloak did not create the " + what));
        }
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static RuntimeException unavailable(String step, Throwable failure) {
        if (failure instanceof ProblemException problem) {
            return problem;
        }
        LOG.errorf(failure, "Keycloak administration failed at %s", step);
        return new ProblemException(Problem.of(KEYCLOAK_UNAVAILABLE, "Keycloak did not carry out the onboarding; nothing more was"
                + " changed after the step that failed. Check Keycloak and try again."));
    }
}
