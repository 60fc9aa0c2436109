package dev.helhet.careaccess.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * The one question this service asks the participants service synchronously: which registered persons
 * (one per municipality) is the signed-in person? Only participants can answer it (it holds the identity-number lookup), and the
 * person waits for the answer. The call carries the person's own token, so it cannot ask about anyone else.
 */
@RegisterRestClient(configKey = "participants")
@Path("/api/v1/participants")
public interface ParticipantsApi {

    @GET
    @Path("/me")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<OwnRecords> me(@HeaderParam("Authorization") String bearer);

    /** The person's records, one per municipality that registered them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OwnRecords(java.util.List<OwnRecord> records) {
    }

    /** The part of one record this service needs: which person, in which municipality. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OwnRecord(Person participant) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(UUID id, String municipalityId) {
    }
}
