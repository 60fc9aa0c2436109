package dev.helhet.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Counts refused credentials, {@code helhet_gateway_authentication_failures_total} by kind: a bearer token that did
 * not verify ({@code bearer}), a session cookie that no longer holds ({@code session}), a sign-in that came back
 * refused ({@code sign-in}). Callers who presented nothing are not counted: they are anonymous, not failing. A rise
 * is a misconfigured partner, an expired client secret, or someone guessing.
 */
@ApplicationScoped
public class AuthenticationFailures {

    private final Counter bearer;
    private final Counter session;
    private final Counter signIn;

    public AuthenticationFailures(MeterRegistry metrics) {
        this.bearer = counter(metrics, "bearer");
        this.session = counter(metrics, "session");
        this.signIn = counter(metrics, "sign-in");
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 3).handler(context -> {
            HttpServerRequest request = context.request();
            context.addHeadersEndHandler(ended -> {
                if (context.response().getStatusCode() == 401) {
                    count(request);
                }
            });
            context.next();
        });
    }

    private void count(HttpServerRequest request) {
        if (request.path().equals("/login")) {
            signIn.increment();
        } else if (request.getHeader("Authorization") != null) {
            bearer.increment();
        } else if (request.getCookie("q_session") != null) {
            session.increment();
        }
    }

    private static Counter counter(MeterRegistry metrics, String credential) {
        return Counter.builder("helhet.gateway.authentication.failures").description("Credentials the gateway refused")
                .tag("credential", credential).register(metrics);
    }
}
