package dev.helhet.gateway;

import dev.helhet.gateway.limits.CallerBoundOrigin;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.json.JsonObject;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.net.UnknownHostException;

/**
 * Answers, as problem+json instead of the proxy's bare 502, for a request the gateway got no answer to:
 * <ul>
 *   <li>503 {@code overloaded}, Retry-After 1: the service has as many requests from this gateway as admission control
 *       allows ({@link GatewayConfig.Admission}); the request was not sent;</li>
 *   <li>503 {@code unavailable}, Retry-After 5: the service could not be reached; the request never got there;</li>
 *   <li>502 {@code bad-gateway}: the connection failed after the request was sent; whether it was carried out is unknown.</li>
 * </ul>
 */
final class UpstreamFailures implements ProxyInterceptor {

    /** A service restarting after a crash is back in seconds (ServiceCrashIT: about ten). */
    static final int UNAVAILABLE_RETRY_AFTER_SECONDS = 5;
    /** Admission queues drain in milliseconds; a second spreads the retries of a burst. */
    static final int OVERLOADED_RETRY_AFTER_SECONDS = 1;
    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);

    private final String service;
    private final Counter overloaded;
    private final Counter abandoned;

    UpstreamFailures(String service, MeterRegistry metrics) {
        this.service = service;
        this.overloaded = metrics.counter("helhet.gateway.overloaded", "service", service);
        this.abandoned = metrics.counter("helhet.gateway.abandoned", "service", service);
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            ProxyRequest request = context.request();
            var original = request.proxiedRequest();
            int status;
            JsonObject problem;
            Integer retryAfter = null;
            // Too many waiting already, or none of the admitted requests finished within the queue wait (CallerBoundOrigin).
            if (causedBy(failure, ConnectionPoolTooBusyException.class) || causedBy(failure, CallerBoundOrigin.QueueWaitExceeded.class)) {
                status = 503;
                retryAfter = OVERLOADED_RETRY_AFTER_SECONDS;
                problem = GatewayProblems.body(original, status, "overloaded", "Too busy just now",
                        "The gateway already has as many requests for the " + service + " service as it admits; the request was not carried out."
                                + " Try again after Retry-After seconds");
            } else if (causedBy(failure, ConnectException.class) || causedBy(failure, UnknownHostException.class)) {
                status = 503;
                retryAfter = UNAVAILABLE_RETRY_AFTER_SECONDS;
                problem = GatewayProblems.body(original, status, "unavailable", "Temporarily unavailable",
                        "The " + service + " service cannot be reached just now; the request was not carried out. Try again after Retry-After seconds");
            } else {
                status = 502;
                problem = GatewayProblems.body(original, status, "bad-gateway", "No answer from the service",
                        "The " + service + " service did not answer (it failed, or took longer than the gateway waits); if this was a change,"
                                + " check whether it was saved before repeating it");
            }
            if (original.response().closed()) {
                // The caller hung up (CallerBoundOrigin reset the request for them): nothing failed that an operator must see.
                abandoned.increment();
                LOG.debugf("Dropped %s %s for %s: the caller hung up", request.getMethod(), original.path(), service);
            } else if (retryAfter != null && retryAfter == OVERLOADED_RETRY_AFTER_SECONDS) {
                // A burst refuses thousands at once: counted (helhet_gateway_overloaded_total), not logged one by one.
                overloaded.increment();
                LOG.debugf("Refused %s %s for %s: admission limit reached", request.getMethod(), original.path(), service);
            } else {
                LOG.warnf("No answer from %s for %s %s (request id %s), answered %d: %s", service, request.getMethod(), original.path(),
                        request.headers().get(RequestIds.HEADER), status, failure.getClass().getSimpleName());
            }
            request.release();
            ProxyResponse response = request.response()
                    .setStatusCode(status)
                    .putHeader("Content-Type", GatewayProblems.MEDIA_TYPE)
                    .setBody(Body.body(Buffer.buffer(problem.encode())));
            if (retryAfter != null) {
                response.putHeader("Retry-After", Integer.toString(retryAfter));
            }
            return Future.succeededFuture(response);
        });
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
