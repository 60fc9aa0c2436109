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
 * <p>
 * All or nothing: what can be checked is checked before anything is created (the alias and the admin's
 * e-mail), and when a later step fails, what this call created is removed again. Should that removal fail
 * too, the organization is left without members, and the next call resumes with it instead of answering
 * that it exists — only an organization an onboarding created (attribute {@value #CREATED_BY}).
 */
@ApplicationScoped
public class MunicipalityOnboarding {

    public static final ProblemType MUNICIPALITY_EXISTS = new ProblemType("municipality-exists", "The municipality exists already", 409);
    public static final ProblemType ADMIN_EMAIL_TAKEN = new ProblemType("admin-email-taken",
            "A Keycloak user has this e-mail already", 409);
    public static final ProblemType KEYCLOAK_UNAVAILABLE = new ProblemType("identity-provider-unavailable",
            "Keycloak did not carry out the change", 503);
    private static final Logger LOG = Logger.getLogger(MunicipalityOnboarding.class);
    private static final List<String> FIRST_SIGN_IN = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");
    /** The attribute that marks an organization this onboarding created: only such a one is ever resumed. */
    static final String CREATED_BY = "helhet-created-by";

    private final KeycloakAdminApi keycloak;
    private final KeycloakAdminToken token;
    private final boolean sendEmail;

    public MunicipalityOnboarding(@RestClient KeycloakAdminApi keycloak, KeycloakAdminToken token,
                                  @ConfigProperty(name = "helhet.onboarding.send-invitation-email") boolean sendEmail) {
        this.keycloak = keycloak;
        this.token = token;
        this.sendEmail = sendEmail;
    }

    /** A new municipality and its first admin. */
    public record Request(String alias, String name, String domain, String adminEmail, String adminFirstName, String adminLastName) {
    }

    /** What was created, and how the admin gets in. */
    public record Result(String alias, String organizationId, String adminUserId, String invitation) {
    }

    public Uni<Result> onboard(Request request) {
        return token.bearer()
                .onFailure().transform(failure -> unavailable("token", failure))
                .flatMap(bearer -> onboard(bearer, request))
                .onFailure(WebApplicationException.class).transform(failure -> unavailable("onboarding", failure));
    }

    private Uni<Result> onboard(String bearer, Request request) {
        return existingOrganization(bearer, request.alias()).flatMap(existing -> requireFreeEmail(bearer, request.adminEmail())
                .flatMap(free -> existing == null
                        ? createOrganization(bearer, request).flatMap(organizationId ->
                        undoOnFailure(firstAdmin(bearer, request, organizationId), () -> deleteOrganization(bearer, organizationId)))
                        : firstAdmin(bearer, request, existing.id())));
    }

    /** The organization with this alias, when a failed onboarding left it without members; 409 when it is in use. */
    private Uni<KeycloakAdminApi.Organization> existingOrganization(String bearer, String alias) {
        // Keycloak searches names and domains, not aliases: search broadly, then compare the alias.
        return keycloak.organizations(bearer, token.realm(), alias, false, false)
                .map(found -> found.stream().filter(organization -> alias.equals(organization.alias())).findFirst().orElse(null))
                .flatMap(organization -> organization == null ? Uni.createFrom().nullItem()
                        : keycloak.members(bearer, token.realm(), organization.id()).map(members -> {
                            // Only an organization an onboarding of ours created and left without members is resumed.
                            boolean ours = organization.attributes() != null && organization.attributes().containsKey(CREATED_BY);
                            if (!members.isEmpty() || !ours) {
                                throw new ProblemException(Problem.of(MUNICIPALITY_EXISTS,
                                        "A municipality with the id '" + alias + "' exists already"));
                            }
                            LOG.infof("Resuming the onboarding of %s: its organization exists without members", alias);
                            return organization;
                        }));
    }

    private Uni<Void> requireFreeEmail(String bearer, String email) {
        return keycloak.usersByEmail(bearer, token.realm(), email, true).invoke(users -> {
            if (!users.isEmpty()) {
                throw new ProblemException(Problem.of(ADMIN_EMAIL_TAKEN, "A Keycloak user has the e-mail of the first admin already:"
                        + " give another address for the new municipality's admin"));
            }
        }).replaceWithVoid();
    }

    private Uni<String> createOrganization(String bearer, Request request) {
        KeycloakAdminApi.Organization organization = new KeycloakAdminApi.Organization(null, request.name(), request.alias(), true,
                "Municipality onboarded through Helhet", List.of(new KeycloakAdminApi.Domain(request.domain(), false)),
                java.util.Map.of(CREATED_BY, List.of("helhet-onboarding")));
        return keycloak.createOrganization(bearer, token.realm(), organization)
                .onFailure(conflict()).transform(failure -> new ProblemException(Problem.of(MUNICIPALITY_EXISTS,
                        "Keycloak has a municipality with this id or domain already")))
                .map(created -> createdId(created, "organization"));
    }

    /** The admin user, a member of the organization with role municipality-admin, invited. */
    private Uni<Result> firstAdmin(String bearer, Request request, String organizationId) {
        return keycloak.createUser(bearer, token.realm(), new KeycloakAdminApi.User(null, request.adminEmail(), request.adminEmail(),
                        request.adminFirstName(), request.adminLastName(), true, false, FIRST_SIGN_IN))
                .onFailure(conflict()).transform(failure -> new ProblemException(Problem.of(ADMIN_EMAIL_TAKEN,
                        "A Keycloak user has the e-mail of the first admin already")))
                .map(created -> createdId(created, "user"))
                .flatMap(userId -> undoOnFailure(keycloak.addMember(bearer, token.realm(), organizationId, "\"" + userId + "\"")
                                .flatMap(added -> keycloak.role(bearer, token.realm(), Roles.MUNICIPALITY_ADMIN))
                                .flatMap(role -> keycloak.addRealmRoles(bearer, token.realm(), userId, List.of(role))),
                        () -> deleteUser(bearer, userId))
                        .flatMap(granted -> invite(bearer, userId))
                        .map(invitation -> new Result(request.alias(), organizationId, userId, invitation)));
    }

    /** Runs {@code step}; when it fails, runs {@code undo} (whose own failure is only logged) and fails as the step did. */
    private static <T> Uni<T> undoOnFailure(Uni<T> step, java.util.function.Supplier<Uni<Void>> undo) {
        return step.onFailure().call(failure -> undo.get().onFailure().recoverWithNull());
    }

    private Uni<Void> deleteOrganization(String bearer, String organizationId) {
        return keycloak.deleteOrganization(bearer, token.realm(), organizationId)
                .invoke(deleted -> LOG.infof("Onboarding failed: removed organization %s again", organizationId))
                .onFailure().invoke(failure -> LOG.warnf("Onboarding failed and organization %s could not be removed (%s);"
                        + " the next onboarding of its alias resumes with it", organizationId, failure.toString()))
                .replaceWithVoid();
    }

    private Uni<Void> deleteUser(String bearer, String userId) {
        return keycloak.deleteUser(bearer, token.realm(), userId)
                .onFailure().invoke(failure -> LOG.warnf("Onboarding failed and user %s could not be removed: %s", userId, failure.toString()))
                .replaceWithVoid();
    }

    private Uni<String> invite(String bearer, String userId) {
        if (!sendEmail) {
            return Uni.createFrom().item("set-password-in-keycloak");
        }
        return keycloak.sendActionsEmail(bearer, token.realm(), userId, FIRST_SIGN_IN).map(sent -> "email-sent")
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Keycloak could not send the invitation e-mail for user %s: %s", userId, failure.toString());
                    return "email-failed-set-password-in-keycloak";
                });
    }

    private static java.util.function.Predicate<Throwable> conflict() {
        return failure -> failure instanceof WebApplicationException refused && refused.getResponse().getStatus() == 409;
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
        return new ProblemException(Problem.of(KEYCLOAK_UNAVAILABLE, "Keycloak did not carry out the onboarding, and nothing of it"
                + " was kept. Check Keycloak and try again."));
    }
}
