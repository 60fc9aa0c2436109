package dev.helhet.gateway;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps the gateway's {@code /q/} endpoints (health, metrics) inside the cluster: a request that came through the
 * ingress or any other proxy carries {@code X-Forwarded-For} or {@code Forwarded}, and is answered 404. The kubelet's
 * probes and the region's Prometheus connect directly and send neither. This holds with every ingress controller,
 * where a deny rule in the ingress would depend on the controller allowing configuration snippets.
 */
@ApplicationScoped
public class InternalEndpoints {

    void register(@Observes Router router) {
        router.route("/q/*").order(Integer.MIN_VALUE + 1).handler(context -> {
            if (cameThroughAProxy(context.request())) {
                GatewayProblems.unknownApi(context);
            } else {
                context.next();
            }
        });
    }

    static boolean cameThroughAProxy(HttpServerRequest request) {
        return request.headers().contains("X-Forwarded-For") || request.headers().contains("Forwarded");
    }
}
