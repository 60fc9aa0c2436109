package dev.helhet.common.concurrency;

import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.Set;

/**
 * Refuses with 412 an {@code If-Match} on a change that cannot keep it (one without {@link VersionChecked}), rather
 * than carrying the change out unconditionally: RFC 9110 lets no server ignore the precondition of an unsafe request,
 * and some records without a conditional update still answer with an ETag (a goal, a referral).
 */
public class UnkeptPreconditions {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter
    public void refuse(ContainerRequestContext request, ResourceInfo resource) {
        String ifMatch = request.getHeaderString(EntityTags.IF_MATCH);
        if (ifMatch == null || ifMatch.trim().equals("*") || SAFE.contains(request.getMethod())) {
            return;
        }
        Method method = resource.getResourceMethod();
        if (method != null && !method.isAnnotationPresent(VersionChecked.class)) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "This change cannot be made conditional on a version;"
                    + " send it without If-Match");
        }
    }
}
