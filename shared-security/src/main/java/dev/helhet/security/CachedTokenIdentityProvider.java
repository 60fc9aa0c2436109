package dev.helhet.security;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers a bearer token this service verified before, until it expires, ahead of the OIDC
 * extension; an unknown token falls through to the OIDC extension, which verifies it.
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Marks an identity served from the cache, so that {@link VerifiedTokenRecorder} does not store it again. */
    static final String FROM_CACHE = "helhet.verified-token-cache";

    private final VerifiedTokens tokens;

    public CachedTokenIdentityProvider(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before the OIDC extension's provider, which has the default priority (1001); higher runs first. */
    @Override
    public int priority() {
        return 2_000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        // A browser session's ID token is never answered from here: a session is the OIDC extension's to check.
        if (request.getToken() instanceof IdTokenCredential) {
            return Uni.createFrom().nullItem();
        }
        // The bearer token as sent; only tokens the OIDC extension verified as access tokens are ever found.
        SecurityIdentity verified = tokens.find(request.getToken().getToken());
        if (verified == null) {
            return Uni.createFrom().nullItem();
        }
        // What the OIDC extension ties to the request it verified on, tied to this one instead.
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(verified)
                .addAttribute(RoutingContext.class.getName(), routing)
                .addAttribute(AuthenticationRequestContext.class.getName(),
                        routing == null ? null : routing.get(AuthenticationRequestContext.class.getName()))
                .addAttribute(FROM_CACHE, Boolean.TRUE)
                .build());
    }
}
