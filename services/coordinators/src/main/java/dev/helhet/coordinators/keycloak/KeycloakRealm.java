package dev.helhet.coordinators.keycloak;

import dev.helhet.common.problem.Problem;
import dev.helhet.common.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;

import java.time.Duration;
import java.util.function.Function;

/**
 * Helhet's realm through Keycloak's admin client (quarkus-keycloak-admin-rest-client, signed in with this
 * service's client credentials). The admin client blocks, so every call runs on a worker thread, and a
 * Keycloak that does not answer in time is a 503 problem, not a hung request.
 */
@ApplicationScoped
public class KeycloakRealm {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final Keycloak keycloak;
    private final String realm;

    public KeycloakRealm(Keycloak keycloak, @ConfigProperty(name = "helhet.keycloak.realm") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /**
     * Runs {@code work} against the realm off the event loop, and answers back on the caller's Vert.x context, where
     * a reactive Hibernate session and transaction may be waiting for the result.
     */
    public <T> Uni<T> call(Function<RealmResource, T> work) {
        Context caller = Vertx.currentContext();
        // The timeout answers the caller; it cannot stop the blocking call, which finishes (or fails) on its worker.
        Uni<T> answer = Uni.createFrom().item(() -> work.apply(keycloak.realm(realm)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .ifNoItem().after(PATIENCE).failWith(() -> new ProblemException(Problem.of(MunicipalityOnboarding.KEYCLOAK_UNAVAILABLE,
                        "Keycloak did not answer within " + PATIENCE.toSeconds() + " s; try again shortly")));
        // Success or failure, the answer comes back on the caller's context, where its reactive transaction lives.
        return caller == null ? answer : answer.emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }

    /** The HTTP status Keycloak refused with, or 0 when the failure was not an answer from Keycloak. */
    static int refusedWith(Throwable failure) {
        return failure instanceof WebApplicationException refused && refused.getResponse() != null ? refused.getResponse().getStatus() : 0;
    }

    /** The id at the end of a 201's Location; any other answer fails with the status it had. */
    static String createdId(Response created) {
        try (created) {
            String location = created.getHeaderString("Location");
            if (created.getStatus() != 201 || location == null) {
                throw new WebApplicationException(Response.status(created.getStatus()).build());
            }
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    /** Fails with the status of a refusal (a 4xx or 5xx answer), as the admin client's GETs do. */
    static void requireSuccess(Response answer) {
        try (answer) {
            if (answer.getStatus() >= 400) {
                throw new WebApplicationException(Response.status(answer.getStatus()).build());
            }
        }
    }
}
