package dev.helhet.coordinators.keycloak;

import dev.helhet.common.problem.Problem;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import dev.helhet.common.tenancy.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

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
    public static final ProblemType ONBOARDING_IN_PROGRESS = new ProblemType("onboarding-in-progress",
            "This municipality is being onboarded already", 409);
    private static final Logger LOG = Logger.getLogger(MunicipalityOnboarding.class);
    private static final List<String> FIRST_SIGN_IN = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");
    /** The attribute that marks an organization this onboarding created: only such a one is ever resumed. */
    static final String CREATED_BY = "helhet-created-by";

    private final KeycloakRealm keycloak;
    private final boolean sendEmail;
    /** Aliases whose onboarding is still running in Keycloak, also after its caller was answered (a timeout): no second one meanwhile. */
    private final java.util.Set<String> running = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public MunicipalityOnboarding(KeycloakRealm keycloak,
                                  @ConfigProperty(name = "helhet.onboarding.send-invitation-email") boolean sendEmail) {
        this.keycloak = keycloak;
        this.sendEmail = sendEmail;
    }

    /** A new municipality and its first admin. */
    public record Request(String alias, String name, String domain, String adminEmail, String adminFirstName, String adminLastName) {
    }

    /** What was created, and how the admin gets in. */
    public record Result(String alias, String organizationId, String adminUserId, String invitation) {
    }

    public Uni<Result> onboard(Request request) {
        return keycloak.call(realm -> onboardOnce(realm, request))
                .onFailure().transform(MunicipalityOnboarding::unavailable);
    }

    private Result onboardOnce(RealmResource realm, Request request) {
        if (!running.add(request.alias())) {
            throw new ProblemException(Problem.of(ONBOARDING_IN_PROGRESS, "The onboarding of '" + request.alias()
                    + "' is still running in Keycloak; look again in a minute"));
        }
        try {
            return onboard(realm, request);
        } finally {
            running.remove(request.alias());
        }
    }

    private Result onboard(RealmResource realm, Request request) {
        OrganizationRepresentation resumable = resumableOrganization(realm, request.alias());
        requireFreeEmail(realm, request.adminEmail());
        if (resumable != null) {
            return firstAdmin(realm, request, resumable.getId());
        }
        String organizationId = createOrganization(realm, request);
        try {
            return firstAdmin(realm, request, organizationId);
        } catch (RuntimeException failure) {
            deleteOrganization(realm, organizationId);
            throw failure;
        }
    }

    /** The organization with this alias, when a failed onboarding left it without members; 409 when it is in use. */
    private static OrganizationRepresentation resumableOrganization(RealmResource realm, String alias) {
        // Keycloak searches names and domains, not aliases: search broadly, then compare the alias.
        OrganizationRepresentation organization = realm.organizations().search(alias, false, 0, 100, false).stream()
                .filter(found -> alias.equals(found.getAlias())).findFirst().orElse(null);
        if (organization == null) {
            return null;
        }
        boolean ours = organization.getAttributes() != null && organization.getAttributes().containsKey(CREATED_BY);
        if (!ours || !realm.organizations().get(organization.getId()).members().getAll().isEmpty()) {
            throw new ProblemException(Problem.of(MUNICIPALITY_EXISTS, "A municipality with the id '" + alias + "' exists already"));
        }
        LOG.infof("Resuming the onboarding of %s: its organization exists without members", alias);
        return organization;
    }

    private static void requireFreeEmail(RealmResource realm, String email) {
        if (!realm.users().searchByEmail(email, true).isEmpty()) {
            throw new ProblemException(Problem.of(ADMIN_EMAIL_TAKEN, "A Keycloak user has the e-mail of the first admin already:"
                    + " give another address for the new municipality's admin"));
        }
    }

    private static String createOrganization(RealmResource realm, Request request) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setName(request.name());
        organization.setAlias(request.alias());
        organization.setEnabled(true);
        organization.setDescription("Municipality onboarded through Helhet");
        organization.addDomain(new OrganizationDomainRepresentation(request.domain()));
        organization.singleAttribute(CREATED_BY, "helhet-onboarding");
        try {
            return KeycloakRealm.createdId(realm.organizations().create(organization));
        } catch (WebApplicationException refused) {
            if (KeycloakRealm.refusedWith(refused) == 409) {
                throw new ProblemException(Problem.of(MUNICIPALITY_EXISTS, "Keycloak has a municipality with this id or domain already"));
            }
            throw refused;
        }
    }

    /** The admin user, a member of the organization with role municipality-admin, invited. */
    private Result firstAdmin(RealmResource realm, Request request, String organizationId) {
        String userId = createUser(realm, request);
        try {
            OrganizationResource organization = realm.organizations().get(organizationId);
            KeycloakRealm.requireSuccess(organization.members().addMember(userId));
            RoleRepresentation admin = realm.roles().get(Roles.MUNICIPALITY_ADMIN).toRepresentation();
            realm.users().get(userId).roles().realmLevel().add(List.of(admin));
        } catch (RuntimeException failure) {
            deleteUser(realm, userId);
            throw failure;
        }
        return new Result(request.alias(), organizationId, userId, invite(realm, userId));
    }

    private static String createUser(RealmResource realm, Request request) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(request.adminEmail());
        user.setEmail(request.adminEmail());
        user.setFirstName(request.adminFirstName());
        user.setLastName(request.adminLastName());
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setRequiredActions(FIRST_SIGN_IN);
        try {
            return KeycloakRealm.createdId(realm.users().create(user));
        } catch (WebApplicationException refused) {
            if (KeycloakRealm.refusedWith(refused) == 409) {
                throw new ProblemException(Problem.of(ADMIN_EMAIL_TAKEN, "A Keycloak user has the e-mail of the first admin already"));
            }
            throw refused;
        }
    }

    /** Undoes a created organization; should that fail too, the next onboarding of its alias resumes with it. */
    private static void deleteOrganization(RealmResource realm, String organizationId) {
        try {
            KeycloakRealm.requireSuccess(realm.organizations().get(organizationId).delete());
            LOG.infof("Onboarding failed: removed organization %s again", organizationId);
        } catch (RuntimeException failure) {
            LOG.warnf("Onboarding failed and organization %s could not be removed (%s); the next onboarding of its alias resumes with it",
                    organizationId, failure.toString());
        }
    }

    private static void deleteUser(RealmResource realm, String userId) {
        try {
            realm.users().get(userId).remove();
        } catch (RuntimeException failure) {
            LOG.warnf("Onboarding failed and user %s could not be removed: %s", userId, failure.toString());
        }
    }

    private String invite(RealmResource realm, String userId) {
        if (!sendEmail) {
            return "set-password-in-keycloak";
        }
        try {
            realm.users().get(userId).executeActionsEmail(FIRST_SIGN_IN);
            return "email-sent";
        } catch (RuntimeException failure) {
            LOG.warnf("Keycloak could not send the invitation e-mail for user %s: %s", userId, failure.toString());
            return "email-failed-set-password-in-keycloak";
        }
    }

    private static RuntimeException unavailable(Throwable failure) {
        if (failure instanceof ProblemException problem) {
            return problem;
        }
        LOG.errorf(failure, "Keycloak administration failed during an onboarding");
        return new ProblemException(Problem.of(KEYCLOAK_UNAVAILABLE, "Keycloak did not carry out the onboarding, and nothing of it"
                + " was kept. Check Keycloak and try again."));
    }
}
