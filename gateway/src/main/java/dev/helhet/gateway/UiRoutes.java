package dev.helhet.gateway;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/**
 * Answers the web frontend's deep links ({@code /people/<id>}) with its {@code index.html}, so a bookmark or
 * a reload opens the app on that page. Paths of the gateway's own ({@code /api}, {@code /q}, sign-in) and
 * anything that names a file (the hashed assets, {@code /favicon.ico}) are left to their routes.
 */
@ApplicationScoped
public class UiRoutes {

    static final String INDEX = "/index.html";
    private static final List<String> NOT_THE_APPS = List.of("/api/", "/q/", "/login", "/logout", "/assets/");

    void register(@Observes Router router) {
        router.route().order(ApiRoutes.API_ORDER + 20).method(HttpMethod.GET).method(HttpMethod.HEAD)
                .handler(this::deepLink);
    }

    private void deepLink(RoutingContext context) {
        String path = context.normalizedPath();
        if (isDeepLink(path)) {
            context.reroute(INDEX);
            return;
        }
        context.next();
    }

    static boolean isDeepLink(String path) {
        if (path.equals("/") || path.equals("/api") || path.equals("/q")) {
            return false;
        }
        for (String prefix : NOT_THE_APPS) {
            if (path.startsWith(prefix) || path.equals(prefix.substring(0, prefix.length() - (prefix.endsWith("/") ? 1 : 0)))) {
                return false;
            }
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return !lastSegment.contains(".");
    }
}
