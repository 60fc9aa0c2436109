package dev.helhet.gateway;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Tells a client on every answer that the operation it called is on its way out: {@code Deprecation: @<unix time>}
 * (RFC 9745), {@code Sunset: <HTTP date>} (RFC 8594) and, where one is named, {@code Link: <...>; rel="successor-version"}.
 * From its sunset on, the operation answers 410 {@code gone} here and is no longer forwarded. Which paths, from
 * {@code helhet.gateway.deprecations}; none unless an operator names some.
 */
@ApplicationScoped
public class DeprecationNotices {

    /** IMF-fixdate (RFC 9110): two-digit day, English names, GMT. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    private final List<GatewayConfig.Deprecation> deprecations;
    private final Clock clock;

    public DeprecationNotices(GatewayConfig config, Clock clock) {
        this.deprecations = List.copyOf(config.deprecations().values());
        this.clock = clock;
        config.deprecations().forEach((name, deprecation) -> {
            if (deprecation.sunset().isBefore(deprecation.since())) {
                throw new IllegalArgumentException("helhet.gateway.deprecations." + name + ": the sunset comes before the deprecation");
            }
        });
    }

    void register(@Observes Router router) {
        if (!deprecations.isEmpty()) {
            router.route("/api/*").order(-2).handler(this::announce);
        }
    }

    private void announce(RoutingContext context) {
        String path = context.request().path();
        for (GatewayConfig.Deprecation deprecation : deprecations) {
            if (path != null && deprecation.paths().matcher(path).matches()) {
                HttpServerResponse response = context.response()
                        .putHeader("Deprecation", "@" + deprecation.since().getEpochSecond())
                        .putHeader("Sunset", HTTP_DATE.format(deprecation.sunset().atOffset(ZoneOffset.UTC)));
                deprecation.successor().ifPresent(link -> response.putHeader("Link", "<" + link + ">; rel=\"successor-version\""));
                if (!clock.instant().isBefore(deprecation.sunset())) {
                    GatewayProblems.gone(context, "This operation was retired at its sunset, " + response.headers().get("Sunset")
                            + deprecation.successor().map(link -> "; use " + link + " instead").orElse(""));
                    return;
                }
                break;
            }
        }
        context.next();
    }
}
