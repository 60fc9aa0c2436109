package dev.helhet.gateway.limits;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;
import org.jboss.logging.Logger;

import java.util.concurrent.TimeoutException;

/**
 * Requests to a service that wait a bounded time for a connection and are dropped when their caller has hung up. The
 * proxy on its own sends a request whose caller left while it waited for a connection; its answer, piped into a closed
 * connection, never drains, and the pooled connection stays taken until the idle timeout. Under an overload every
 * caller who gives up would hold one of the few admitted places for half a minute and the gateway would refuse
 * everyone else. A request in flight when its caller hangs up is reset by the proxy itself (its exception handler on
 * the caller's response).
 */
public final class CallerBoundOrigin implements OriginRequestProvider {

    private static final Logger LOG = Logger.getLogger(CallerBoundOrigin.class);

    private final SocketAddress service;
    private final long queueWaitMillis;

    /** Requests to {@code host:port} that wait at most {@code queueWaitMillis} (at least 1) for a connection. */
    public CallerBoundOrigin(int port, String host, long queueWaitMillis) {
        if (queueWaitMillis < 1) {
            // Vert.x reads 0 as "no limit": a queue wait configured as 0 or in microseconds must not silently mean forever.
            throw new IllegalArgumentException("helhet.gateway.admission.queue-wait must be at least 1 ms, not " + queueWaitMillis + " ms");
        }
        this.service = SocketAddress.inetSocketAddress(port, host);
        this.queueWaitMillis = queueWaitMillis;
    }

    @Override
    public Future<HttpClientRequest> create(ProxyContext context) {
        HttpServerResponse caller = context.request().proxiedRequest().response();
        if (caller.closed()) {
            return Future.failedFuture(new CallerGone());
        }
        return context.client().request(new RequestOptions().setServer(service).setConnectTimeout(queueWaitMillis))
                .recover(failure -> Future.failedFuture(failure instanceof TimeoutException ? new QueueWaitExceeded(queueWaitMillis) : failure))
                .compose(request -> {
                    // Failures reach the proxy through the response future, where UpstreamFailures answers and logs them;
                    // without a handler Vert.x would also log each one, the reset below included, as an ERROR of its own.
                    request.exceptionHandler(failure -> LOG.debugf("Request to %s ended: %s", service, failure));
                    // The caller may have hung up while the request waited for a connection: never send it.
                    if (caller.closed()) {
                        request.reset();
                        return Future.failedFuture(new CallerGone());
                    }
                    return Future.succeededFuture(request);
                });
    }

    /** The caller hung up before the service was asked: nobody is left to answer. */
    public static final class CallerGone extends RuntimeException {
        CallerGone() {
            super("The caller hung up", null, false, false);
        }
    }

    /** No connection to the service came free within the queue wait (or none could be opened in that time). */
    public static final class QueueWaitExceeded extends RuntimeException {
        QueueWaitExceeded(long millis) {
            super("No connection to the service within " + millis + " ms", null, false, false);
        }
    }
}
