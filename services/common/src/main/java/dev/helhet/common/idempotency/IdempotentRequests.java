package dev.helhet.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import dev.helhet.common.tenancy.ActiveMunicipality;
import dev.helhet.common.tenancy.CallerContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Carries out an {@link Idempotent} request sent with an {@code Idempotency-Key} at most once per caller and key:
 * claims the key, runs the method, keeps its successful answer for 24 hours and answers a retry with it. A retry
 * with the same key and a different request is refused (422), one while the first is still running too (409); a
 * failed request frees its key. Runs inside Bean Validation and after the security checks, so neither a refused
 * caller nor an invalid body ever claims a key (docs/adr/0038).
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
public class IdempotentRequests {

    private static final Logger LOG = Logger.getLogger(IdempotentRequests.class);

    private final IdempotencyStore store;
    private final CallerContext caller;
    private final HttpServerRequest request;
    private final ObjectMapper canonical;
    private final ObjectMapper json;

    public IdempotentRequests(IdempotencyStore store, CallerContext caller, HttpServerRequest request, ObjectMapper json) {
        this.store = store;
        this.caller = caller;
        this.request = request;
        this.json = json;
        this.canonical = json.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        String key = request.getHeader(IdempotencyKeys.HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (!Uni.class.isAssignableFrom(invocation.getMethod().getReturnType())) {
            throw new IllegalStateException("@Idempotent is for resource methods that answer a Uni: " + invocation.getMethod());
        }
        IdempotencyKeys.check(key);
        String subject = caller.subject();
        String fingerprint = fingerprint(invocation);
        return store.claim(subject, key, fingerprint).flatMap(claim -> switch (claim) {
            case IdempotencyStore.Claim.Claimed claimed -> carryOut(invocation, subject, key, claimed.claimId());
            case IdempotencyStore.Claim.Held held -> Uni.createFrom().item(() -> replay(held, fingerprint));
        });
    }

    private Uni<Object> carryOut(InvocationContext invocation, String subject, String key, UUID claimId) {
        return Uni.createFrom().deferred(() -> proceed(invocation)).onItemOrFailure().transformToUni((item, failure) -> {
            if (failure != null) {
                return store.release(subject, key, claimId).onFailure().recoverWithNull().onItem().failWith(() -> failure);
            }
            Answer answer = Answer.of(item);
            if (answer.status() >= 300) {
                return store.release(subject, key, claimId).onFailure().recoverWithNull().replaceWith(item);
            }
            return store.answer(subject, key, claimId, answer.status(), answer.location(), write(answer.entity()))
                    // What was asked is done: a retry after this rare failure finds the key in progress, then free.
                    .onFailure().invoke(problem -> LOG.warnf("Could not keep the answer to an idempotent request: %s", problem.toString()))
                    .onFailure().recoverWithNull()
                    .replaceWith(item);
        });
    }

    @SuppressWarnings("unchecked")
    private static Uni<Object> proceed(InvocationContext invocation) {
        try {
            return (Uni<Object>) invocation.proceed();
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
    }

    private static RestResponse<String> replay(IdempotencyStore.Claim.Held held, String fingerprint) {
        if (held.fingerprint() != null && !held.fingerprint().equals(fingerprint)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used in the last 24 hours"
                    + " for a different request; use a new key for a new request");
        }
        if (held.status() == null) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_IN_USE, "The first request with this Idempotency-Key is"
                    + " still being carried out; ask again in a second to get its answer");
        }
        RestResponse.ResponseBuilder<String> replayed = RestResponse.ResponseBuilder.<String>create(held.status())
                .header(IdempotencyKeys.REPLAYED_HEADER, "true");
        if (held.location() != null) {
            replayed.header(HttpHeaders.LOCATION, held.location());
        }
        if (held.body() != null) {
            replayed.type(MediaType.APPLICATION_JSON_TYPE).entity(held.body());
        }
        return replayed.build();
    }

    /**
     * What makes two requests the same: the operation, the municipality acted in, and the arguments as read (so
     * that spacing and the order of fields in the body do not matter, and a changed value does).
     */
    private String fingerprint(InvocationContext invocation) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("operation", invocation.getMethod().getDeclaringClass().getName() + "#" + invocation.getMethod().getName());
        request.put("municipality", this.request.getHeader(ActiveMunicipality.HEADER));
        request.put("arguments", invocation.getParameters());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the arguments of " + invocation.getMethod(), e);
        }
    }

    private String write(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep an answer of type " + entity.getClass().getName(), e);
        }
    }

    /** Status, Location and body of what a resource method produced. */
    private record Answer(int status, String location, Object entity) {

        static Answer of(Object item) {
            if (item instanceof RestResponse<?> response) {
                return new Answer(response.getStatus(), response.getHeaderString(HttpHeaders.LOCATION), response.getEntity());
            }
            if (item instanceof Response response) {
                return new Answer(response.getStatus(), response.getHeaderString(HttpHeaders.LOCATION), response.getEntity());
            }
            return new Answer(item == null ? 204 : 200, null, item);
        }
    }
}
