package dev.helhet.common.tenancy;

import dev.helhet.contracts.Actor;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling and in which municipality, taken only from the verified token (and the caller's
 * choice among the municipalities that token proves). Services never take a tenant from a body.
 */
@RequestScoped
public class CallerContext {

    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    private final JsonWebToken token;
    private final SecurityIdentity identity;
    private final HttpServerRequest request;
    private String municipalityId;

    public CallerContext(JsonWebToken token, SecurityIdentity identity, HttpServerRequest request) {
        this.token = token;
        this.identity = identity;
        this.request = request;
    }

    /** The active municipality; answers 403 problem+json when the token proves none or several. */
    public String municipalityId() {
        if (municipalityId == null) {
            municipalityId = ActiveMunicipality.choose(
                    OrganizationClaim.aliases(rawClaim(OrganizationClaim.NAME)),
                    request.getHeader(ActiveMunicipality.HEADER));
        }
        return municipalityId;
    }

    /** The caller in the active municipality; 403 problem+json when the token proves none or several. */
    public Caller inMunicipality() {
        return new Caller(municipalityId(), actor(), roles(), requestId());
    }

    /** The caller without a municipality: the person signed in as themself. */
    public Caller asPerson() {
        return new Caller(null, actor(), roles(), requestId());
    }

    /** The caller as it appears in events and logs: a subject id, never a name. */
    public Actor actor() {
        String username = claim("preferred_username");
        Actor.Type type = username != null && username.startsWith(SERVICE_ACCOUNT_PREFIX) ? Actor.Type.SERVICE : Actor.Type.USER;
        return new Actor(type, token.getSubject());
    }

    /**
     * A claim as the verified token holds it (a string, list or map; smallrye-jwt has turned non-standard claims into JSON
     * values), read without MicroProfile JWT's {@code getClaim(String)}: that
     * looks every name up with {@code Claims.valueOf} first, which throws (and fills a stack trace) for each name that is
     * not a standard claim: once a request for {@code organization}.
     */
    private Object rawClaim(String name) {
        if (identity.getPrincipal() instanceof OidcJwtCallerPrincipal principal) {
            return principal.getClaims().getClaimValue(name);
        }
        return token.getClaim(name);
    }

    public String subject() {
        return token.getSubject();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The caller's realm roles, sorted, for the access log. */
    public java.util.SortedSet<String> roles() {
        return new java.util.TreeSet<>(identity.getRoles());
    }

    /** A claim of the verified token as it was parsed (a JSON object, array or value), or null: for claims that are not strings. */
    public Object claimValue(String name) {
        return rawClaim(name);
    }

    /** A string claim of the verified token, or null. */
    public String claim(String name) {
        Object value = rawClaim(name);
        return value == null ? null : value instanceof jakarta.json.JsonString string ? string.getString() : value.toString();
    }

    /** The request id the gateway assigned, if the request came through it. */
    public String requestId() {
        return request.getHeader("X-Request-Id");
    }
}
