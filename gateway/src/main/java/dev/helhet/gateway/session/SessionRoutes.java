package dev.helhet.gateway.session;

import dev.helhet.gateway.GatewayProblems;
import dev.helhet.gateway.limits.RateLimitGate;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.TreeSet;

/**
 * The browser's side of sign-in: {@code /login} (the code flow with Keycloak, then back to where the
 * user was), {@code /api/v1/session} (who am I, my municipalities, the CSRF token) and the choice of
 * the active municipality for a user of several. {@code /logout} is Quarkus OIDC's: it ends the
 * Keycloak session too.
 */
@ApplicationScoped
public class SessionRoutes {

    private static final int ORDER = 900;
    private final RateLimitGate rateLimit;
    private final SessionCsrf csrf;

    public SessionRoutes(RateLimitGate rateLimit, SessionCsrf csrf) {
        this.rateLimit = rateLimit;
        this.csrf = csrf;
    }

    void register(@Observes Router router) {
        router.get("/login").order(ORDER).handler(this::afterLogin);
        router.get("/api/v1/session").order(ORDER).handler(this::session);
        router.put("/api/v1/session/municipality").order(ORDER).handler(BodyHandler.create().setBodyLimit(1024)).handler(this::choose);
    }

    /** Reached signed in (the path requires authentication); goes back to a page of this site only. */
    private void afterLogin(RoutingContext context) {
        csrf.offer(context);
        context.response().setStatusCode(302).putHeader("Location", ReturnPath.of(context.request().getParam("returnTo"))).end();
    }

    private void session(RoutingContext context) {
        CallerResolver.resolve(context, caller -> {
            if (caller == null) {
                GatewayProblems.anonymous(context, rateLimit);
                return;
            }
            String csrfToken = caller.browserSession() ? csrf.offer(context).orElse(null) : null;
            JsonWebToken token = caller.token();
            SecurityIdentity identity = caller.identity();
            TreeSet<String> municipalities = new TreeSet<>(caller.municipalities());
            String chosen = BrowserCookies.chosenMunicipality(context.request());
            String active = municipalities.size() == 1 ? municipalities.first()
                    : chosen != null && municipalities.contains(chosen) ? chosen : null;
            JsonObject body = new JsonObject()
                    .put("subject", token == null ? null : token.getSubject())
                    .put("username", token == null ? identity.getPrincipal().getName() : (String) token.getClaim("preferred_username"))
                    .put("name", token == null ? null : (String) token.getClaim("name"))
                    .put("roles", new JsonArray(new java.util.ArrayList<>(new TreeSet<>(identity.getRoles()))))
                    .put("municipalities", new JsonArray(new java.util.ArrayList<>(municipalities)))
                    .put("activeMunicipality", active)
                    .put("browserSession", caller.browserSession());
            if (csrfToken != null) {
                body.put("csrfToken", csrfToken);
            }
            context.response().putHeader("Cache-Control", "no-store");
            GatewayProblems.json(context, 200, body);
        });
    }

    private void choose(RoutingContext context) {
        CallerResolver.resolve(context, caller -> {
            if (caller == null) {
                GatewayProblems.anonymous(context, rateLimit);
                return;
            }
            if (!rateLimit.admit(context, caller.rateKey())) {
                return;
            }
            if (caller.browserSession() && !csrf.presented(context)) {
                GatewayProblems.forbidden(context, "csrf", "Missing or wrong CSRF token",
                        "Send the value of the helhet_csrf cookie in the X-CSRF-Token header");
                return;
            }
            JsonObject body;
            try {
                body = context.body().asJsonObject();
            } catch (RuntimeException notJson) {
                body = null;
            }
            String municipality = body == null ? null : body.getString("municipalityId");
            if (municipality == null || !caller.municipalities().contains(municipality)) {
                GatewayProblems.forbidden(context, "municipality-not-permitted", "Not a member of that municipality",
                        "Choose one of the municipalities your sign-in proves: " + caller.municipalities());
                return;
            }
            BrowserCookies.chooseMunicipality(context, municipality);
            GatewayProblems.json(context, 200, new JsonObject().put("activeMunicipality", municipality));
        });
    }
}
