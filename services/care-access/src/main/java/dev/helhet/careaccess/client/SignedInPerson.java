package dev.helhet.careaccess.client;

import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;
import java.util.UUID;

/** Finds the registrations behind a person's own sign-in, through the participants service (for every own view: team, plan, meetings). */
@ApplicationScoped
public class SignedInPerson {

    public static final ProblemType NOT_REGISTERED =
            new ProblemType("not-registered", "You are not registered in Helhet", 404);

    /** The person's registration: who they are and where. */
    public record Registration(UUID participantId, String municipalityId) {
    }

    private final ParticipantsApi participants;

    public SignedInPerson(@RestClient ParticipantsApi participants) {
        this.participants = participants;
    }

    /** Every registration of the person, one per municipality, active first. */
    public Uni<List<Registration>> of(JsonWebToken token) {
        return participants.me("Bearer " + token.getRawToken())
                .map(mine -> mine.records().stream()
                        .map(record -> new Registration(record.participant().id(), record.participant().municipalityId())).toList())
                .onFailure().transform(SignedInPerson::problem);
    }

    private static Throwable problem(Throwable failure) {
        if (failure instanceof WebApplicationException refused && refused.getResponse().getStatus() == 404) {
            return new ProblemException(NOT_REGISTERED, "No municipality has registered the person who signed in");
        }
        return new ProblemException(ProblemType.UNAVAILABLE, "The participants service did not answer; try again shortly");
    }
}
