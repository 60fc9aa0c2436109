package dev.helhet.gateway;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;

import java.net.ConnectException;

/**
 * Answers for a service the gateway could not get an answer from, as problem+json instead of the proxy's bare 502: 503
 * with Retry-After when the service could not be reached (the request never got there, so repeating it is safe), 502 when
 * the connection failed after the request was sent (whether it was carried out is unknown).
 */
final class UpstreamFailures implements ProxyInterceptor {

    /** A service restarting after a crash is back in seconds (ServiceCrashIT: about ten). */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);

    private final String service;

    UpstreamFailures(String service) {
        this.service = service;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            ProxyRequest request = context.request();
            boolean unreachable = isConnectFailure(failure);
            LOG.warnf("No answer from %s for %s %s (request id %s): %s", service, request.getMethod(), request.proxiedRequest().path(),
                    request.headers().get(RequestIds.HEADER), failure.getClass().getSimpleName());
            var problem = unreachable
                    ? GatewayProblems.body(request.proxiedRequest(), 503, "unavailable", "Temporarily unavailable",
                            "The " + service + " service cannot be reached just now; the request was not carried out. Try again after Retry-After seconds")
                    : GatewayProblems.body(request.proxiedRequest(), 502, "bad-gateway", "No answer from the service",
                            "The " + service + " service failed while handling the request; if it was a change, check whether it was saved before repeating it");
            request.release();
            ProxyResponse response = request.response()
                    .setStatusCode(unreachable ? 503 : 502)
                    .putHeader("Content-Type", GatewayProblems.MEDIA_TYPE)
                    .setBody(Body.body(Buffer.buffer(problem.encode())));
            if (unreachable) {
                response.putHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            }
            return Future.succeededFuture(response);
        });
    }

    private static boolean isConnectFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
