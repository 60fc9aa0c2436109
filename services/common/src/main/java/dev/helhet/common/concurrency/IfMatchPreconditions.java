package dev.helhet.common.concurrency;

import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Carries out a {@link VersionChecked} update only if the record is still at the version {@code If-Match} names. The
 * header and the body's {@code version} are one precondition said two ways: the header fills in a body without a
 * version, and a body naming another version is refused. The service's own optimistic check then does the
 * comparison, and its {@code stale-version} becomes 412 {@code precondition-failed}, as HTTP says for a failed
 * If-Match. Runs inside Bean Validation, so a body is valid before its version is set (docs/adr/0039).
 */
@VersionChecked
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 910)
public class IfMatchPreconditions {

    private static final String ANY = "*";

    private final HttpServerRequest request;

    public IfMatchPreconditions(HttpServerRequest request) {
        this.request = request;
    }

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        String ifMatch = request.getHeader(EntityTags.IF_MATCH);
        if (ifMatch == null || ifMatch.trim().equals(ANY)) {
            return invocation.proceed();
        }
        if (!Uni.class.isAssignableFrom(invocation.getMethod().getReturnType())) {
            throw new IllegalStateException("@VersionChecked is for resource methods that answer a Uni: " + invocation.getMethod());
        }
        long expected = EntityTags.parse(ifMatch).orElseThrow(() -> new ProblemException(ProblemType.PRECONDITION_FAILED,
                "If-Match takes the one ETag the record was read with, such as \"3\" (or *); a weak or listed tag never matches"));
        Object[] arguments = invocation.getParameters();
        int body = versionedArgument(invocation, arguments);
        Long stated = EntityTags.versionOf(arguments[body]);
        if (stated != null && stated != expected) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match names version " + expected + " and the body version "
                    + stated + "; send the version read once, or the same in both");
        }
        if (stated == null) {
            arguments[body] = EntityTags.withVersion(arguments[body], expected);
            invocation.setParameters(arguments);
        }
        return ((Uni<?>) invocation.proceed()).onFailure(IfMatchPreconditions::isStale).transform(stale -> new ProblemException(
                ProblemType.PRECONDITION_FAILED, "The record has changed since version " + expected
                + ": read it again and repeat the change with its new ETag"));
    }

    private static int versionedArgument(InvocationContext invocation, Object[] arguments) {
        for (int i = 0; i < arguments.length; i++) {
            if (EntityTags.isVersioned(arguments[i])) {
                return i;
            }
        }
        throw new IllegalStateException("@VersionChecked needs a body with a version: " + invocation.getMethod());
    }

    private static boolean isStale(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem && problem.problem().type().equals(ProblemType.STALE_VERSION.uri())) {
                return true;
            }
            if (cause instanceof jakarta.persistence.OptimisticLockException || cause instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
