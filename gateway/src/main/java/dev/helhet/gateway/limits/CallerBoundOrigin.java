package dev.helhet.gateway.limits;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;
import org.jboss.logging.Logger;

/**
 * Requests to a service that end when their caller hangs up. The proxy on its own carries on with a request whose caller
 * has gone (one that timed out, a closed tab): it waits its turn, is served, and its answer, piped into a closed
 * connection, never drains, so the pooled connection stays taken until the idle timeout. Under an overload every
 * caller who gives up would hold one of the few admitted places for half a minute and the gateway would refuse
 * everyone else. Here the service's request is reset as soon as its caller is gone, which returns its place at once.
 */
public final class CallerBoundOrigin implements OriginRequestProvider {

    private static final Logger LOG = Logger.getLogger(CallerBoundOrigin.class);

    private final SocketAddress service;
    private final long queueWaitMillis;

    /** Requests to {@code host:port} that wait at most {@code queueWaitMillis} for a connection (then fail with a TimeoutException). */
    public CallerBoundOrigin(int port, String host, long queueWaitMillis) {
        this.service = SocketAddress.inetSocketAddress(port, host);
        this.queueWaitMillis = queueWaitMillis;
    }

    @Override
    public Future<HttpClientRequest> create(ProxyContext context) {
        HttpServerResponse caller = context.request().proxiedRequest().response();
        if (caller.closed()) {
            return Future.failedFuture(new CallerGone());
        }
        return context.client().request(new RequestOptions().setServer(service).setConnectTimeout(queueWaitMillis)).compose(request -> {
            // The caller may have hung up while the request waited for a connection.
            if (caller.closed()) {
                request.reset();
                return Future.failedFuture(new CallerGone());
            }
            caller.closeHandler(closed -> request.reset());
            // Failures reach the proxy through the response future, where UpstreamFailures answers and logs them; without a
            // handler here Vert.x would also log each one, a reset included, as an ERROR of its own.
            request.exceptionHandler(failure -> LOG.debugf("Request to %s ended: %s", service, failure));
            return Future.succeededFuture(request);
        });
    }

    /** The caller hung up before the service was asked: nobody is left to answer. */
    public static final class CallerGone extends RuntimeException {
        CallerGone() {
            super("The caller hung up", null, false, false);
        }
    }
}
