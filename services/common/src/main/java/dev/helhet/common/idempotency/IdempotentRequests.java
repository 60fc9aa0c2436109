package dev.helhet.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helhet.common.concurrency.EntityTags;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
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

import java.util.Optional;
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
    private final RequestFingerprints fingerprints;
    private final ObjectMapper json;

    public IdempotentRequests(IdempotencyStore store, CallerContext caller, HttpServerRequest request, RequestFingerprints fingerprints,
                              ObjectMapper json) {
        this.store = store;
        this.caller = caller;
        this.request = request;
        this.fingerprints = fingerprints;
        this.json = json;
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
        if (subject == null) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_INVALID, "This token names no subject (sub), so no key can be kept"
                    + " for its caller; send the request without an Idempotency-Key");
        }
        String fingerprint = fingerprints.of(invocation, activeMunicipality());
        Uni<Object> once = store.claim(subject, key, fingerprint).flatMap(claim -> switch (claim) {
            case IdempotencyStore.Claim.Claimed claimed -> carryOut(invocation, subject, key, claimed.claimId());
            case IdempotencyStore.Claim.Held held -> Uni.createFrom().item(() -> replay(held, fingerprint));
        });
        return detached(once);
    }

    /**
     * Runs {@code once} to its end even when the caller goes away: Quarkus REST cancels a request's Uni when its
     * connection closes (a partner's timeout, the gateway's), and a claim cancelled between the change and its answer
     * would leave the key in progress, then free for a second change. The caller's answer is dropped; the key is settled.
     */
    private static Uni<Object> detached(Uni<Object> once) {
        return Uni.createFrom().emitter(emitter -> once.subscribe().with(emitter::complete, emitter::fail));
    }

    /** The municipality the request acts in, however the caller named it (the header, or the token's only one). */
    private String activeMunicipality() {
        try {
            return caller.municipalityId();
        } catch (ProblemException personOrUnchosen) {
            return null;
        }
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
            Object kept = answer.entity() instanceof KeptForReplay once ? once.forReplay() : answer.entity();
            return store.answer(subject, key, claimId, answer.status(), answer.location(), write(kept))
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

    private RestResponse<String> replay(IdempotencyStore.Claim.Held held, String fingerprint) {
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
            versionOf(held.body()).ifPresent(version -> replayed.header(EntityTags.ETAG, EntityTags.of(version)));
        }
        return replayed.build();
    }

    /**
     * The version of a kept answer that is one versioned record: the replay carries the ETag the first answer had, which
     * {@link dev.helhet.common.concurrency.EntityTagFilter} set from the record (a replay's entity is the kept text).
     */
    private Optional<Long> versionOf(String body) {
        try {
            JsonNode answer = json.readTree(body);
            return answer.isObject() && answer.path("version").isIntegralNumber()
                    ? Optional.of(answer.get("version").asLong()) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
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
