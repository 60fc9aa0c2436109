package dev.helhet.coordinators.keycloak;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** The part of Keycloak's admin REST API that onboarding a municipality and checking a user's municipalities need. */
@RegisterRestClient(configKey = "keycloak")
public interface KeycloakAdminApi {

    @POST
    @Path("/realms/{realm}/protocol/openid-connect/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Uni<Token> token(@PathParam("realm") String realm, @FormParam("grant_type") String grantType,
                     @FormParam("client_id") String clientId, @FormParam("client_secret") String clientSecret);

    @GET
    @Path("/admin/realms/{realm}/organizations")
    Uni<List<Organization>> organizations(@HeaderParam("Authorization") String bearer, @PathParam("realm") String realm,
                                          @QueryParam("search") String search, @QueryParam("exact") boolean exact,
                                          @QueryParam("briefRepresentation") boolean brief);

    @DELETE
    @Path("/admin/realms/{realm}/organizations/{organization}")
    Uni<Response> deleteOrganization(@HeaderParam("Authorization") String bearer, @PathParam("realm") String realm,
                                     @PathParam("organization") String organizationId);

    @GET
    @Path("/admin/realms/{realm}/organizations/{organization}/members")
    Uni<List<User>> members(@HeaderParam("Authorization") String bearer, @PathParam("realm") String realm,
                            @PathParam("organization") String organizationId);

    /** The organizations (municipalities) a user is a member of; 404 when there is no such user. */
    @GET
    @Path("/admin/realms/{realm}/organizations/members/{user}/organizations")
    Uni<List<Organization>> organizationsOf(@HeaderParam("Authorization") String bearer, @PathParam("realm") String realm,
                                            @PathParam("user") String userId);

    @GET
    @Path("/admin/realms/{realm}/users")
    Uni<List<User>> usersByEmail(@HeaderParam("Authorization") String bearer, @PathParam("realm") String realm,
                                 @QueryParam("email") String email, @QueryParam("exact") boolean exact);

    @DELETE
    @Path("/admin/realms/{realm}/users/{user}")
    Uni<Response> deleteUser(@HeaderParam("Authorization") String bearer, @PathParam("realm") String realm, @PathParam("user") String userId);

    @POST
    @Path("/admin/realms/{realm}/organizations")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> createOrganization(@HeaderParam("Authorization") String bearer, @PathParam("realm") String realm, Organization organization);

    @POST
    @Path("/admin/realms/{realm}/users")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> createUser(@HeaderParam("Authorization") String bearer, @PathParam("realm") String realm, User user);

    /** The body is the user id as a JSON string. */
    @POST
    @Path("/admin/realms/{realm}/organizations/{organization}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> addMember(@HeaderParam("Authorization") String bearer, @PathParam("realm") String realm,
                            @PathParam("organization") String organizationId, String userIdAsJsonString);

    @GET
    @Path("/admin/realms/{realm}/roles/{role}")
    Uni<Role> role(@HeaderParam("Authorization") String bearer, @PathParam("realm") String realm, @PathParam("role") String role);

    @POST
    @Path("/admin/realms/{realm}/users/{user}/role-mappings/realm")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> addRealmRoles(@HeaderParam("Authorization") String bearer, @PathParam("realm") String realm,
                                @PathParam("user") String userId, List<Role> roles);

    @PUT
    @Path("/admin/realms/{realm}/users/{user}/execute-actions-email")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> sendActionsEmail(@HeaderParam("Authorization") String bearer, @PathParam("realm") String realm,
                                   @PathParam("user") String userId, List<String> actions);

    /** An access token. */
    record Token(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {
    }

    /** A Keycloak organization (a municipality). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Organization(String id, String name, String alias, Boolean enabled, String description, List<Domain> domains,
                        java.util.Map<String, List<String>> attributes) {
    }

    /** An e-mail domain of an organization. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Domain(String name, Boolean verified) {
    }

    /** A Keycloak user. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record User(String id, String username, String email, String firstName, String lastName, Boolean enabled, Boolean emailVerified,
                List<String> requiredActions) {
    }

    /** A realm role. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Role(String id, String name) {
    }
}
