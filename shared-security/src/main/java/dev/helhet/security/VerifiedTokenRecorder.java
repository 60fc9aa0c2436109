package dev.helhet.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Map;

/**
 * Stores the identity the OIDC extension verified for a bearer token in {@link VerifiedTokens}, as it
 * was verified: first among augmentors, so that any others run again on every request.
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    public VerifiedTokenRecorder(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential credential = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        // Only an identity made from this very access token: in the gateway's browser sessions the principal is
        // the ID token, and that identity must not answer a bearer request that happens to carry the access token.
        if (credential != null && identity.getAttribute(CachedTokenIdentityProvider.FROM_CACHE) == null
                && identity.getPrincipal() instanceof JsonWebToken token && credential.getToken().equals(token.getRawToken())
                && token.getExpirationTime() > 0) {
            tokens.remember(credential.getToken(), withoutRequest(identity), token.getExpirationTime());
        }
        return Uni.createFrom().item(identity);
    }

    /**
     * The identity without the request it was verified on, so the cache holds no finished request.
     * Permission checkers are not carried over: none are used (roles are), and one that were would
     * deny on every cached request rather than allow wrongly.
     */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials());
        for (Map.Entry<String, Object> attribute : identity.getAttributes().entrySet()) {
            if (!attribute.getKey().equals(RoutingContext.class.getName())
                    && !attribute.getKey().equals(AuthenticationRequestContext.class.getName())) {
                builder.addAttribute(attribute.getKey(), attribute.getValue());
            }
        }
        return builder.build();
    }
}
