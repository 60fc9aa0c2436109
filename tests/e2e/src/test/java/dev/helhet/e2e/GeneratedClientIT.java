package dev.helhet.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helhet.partnerclient.ApiClient;
import dev.helhet.partnerclient.ApiException;
import dev.helhet.partnerclient.api.OrganisationsApi;
import dev.helhet.partnerclient.api.ParticipantsApi;
import dev.helhet.partnerclient.api.ProgrammesApi;
import dev.helhet.partnerclient.model.Country;
import dev.helhet.partnerclient.model.EnrolRequest;
import dev.helhet.partnerclient.model.Enrolment;
import dev.helhet.partnerclient.model.EnrolmentPage;
import dev.helhet.partnerclient.model.NationalIdInput;
import dev.helhet.partnerclient.model.OrganisationPage;
import dev.helhet.partnerclient.model.Participant;
import dev.helhet.partnerclient.model.ParticipantInput;
import dev.helhet.partnerclient.model.ParticipantPage;
import dev.helhet.partnerclient.model.Problem;
import dev.helhet.partnerclient.model.Programme;
import dev.helhet.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner's Java client, generated from the public OpenAPI document by openapi-generator in this module's build, calls the
 * real platform through the gateway: what it sends and reads back are the generated types, errors are typed problems.
 */
@ExtendWith(Platform.class)
class GeneratedClientIT {

    /** The demo partner serves one municipality; naming it in the header is optional, and checked. */
    private static final String ASKER = "asker";

    @Test
    void aGeneratedClientRegistersReadsListsAndEnrolsAsThePartner() throws Exception {
        ApiClient partner = client(Tokens::partner);
        ParticipantsApi participants = new ParticipantsApi(partner);

        // A partner's retry after a lost answer, with the same Idempotency-Key, gets the same person back, not a second one.
        String key = UUID.randomUUID().toString();
        ParticipantInput person = new ParticipantInput().name("Generert Klient")
                .nationalId(new NationalIdInput().country(Country.NO).number(GatewayApi.fodselsnummer()));
        Participant registered = participants.registerParticipant(person, key, null);
        assertNotNull(registered.getId());
        assertEquals(registered.getId(), participants.registerParticipant(person, key, null).getId());
        assertEquals("Generert Klient", registered.getName());
        assertNotNull(registered.getVersion(), "the created record comes back whole, version and all");

        Participant read = participants.getParticipant(registered.getId(), ASKER);
        assertEquals(registered.getId(), read.getId());

        ParticipantPage page = participants.listParticipants(0, null, "Generert Klient", 200, null, null, null);
        assertTrue(page.getItems().stream().anyMatch(item -> registered.getId().equals(item.getId())),
                "the new person is in the partner's list");

        // Enrolment is staff's act (the team lead sees everyone of the municipality); the same generated client carries their token.
        ProgrammesApi coordinatorsProgrammes = new ProgrammesApi(client(() -> Tokens.user("asker.teamlead")));
        Enrolment enrolled = coordinatorsProgrammes.enrolParticipant(registered.getId(), new EnrolRequest()
                .programme(Programme.INTRODUCTION_PROGRAMME).startDate(LocalDate.now()).settlementDate(LocalDate.now().minusMonths(1)), null, null);
        assertEquals(Programme.INTRODUCTION_PROGRAMME, enrolled.getProgramme());
        EnrolmentPage enrolments = new ProgrammesApi(partner).listEnrolments(registered.getId(), 0, 10, null);
        assertEquals(List.of(enrolled.getId()), enrolments.getItems().stream().map(Enrolment::getId).toList());
        assertEquals(1L, enrolments.getTotal());

        OrganisationPage organisations = new OrganisationsApi(partner).listOrganisations(0, 1, null);
        assertTrue(organisations.getItems().size() <= 1 && organisations.getTotal() >= organisations.getItems().size(),
                "a list of another service reads too, one page at a time");
    }

    @Test
    void refusalsArriveAsTypedProblems() throws Exception {
        ApiClient partner = client(Tokens::partner);
        ParticipantsApi participants = new ParticipantsApi(partner);
        String number = GatewayApi.fodselsnummer();
        ParticipantInput person = new ParticipantInput().name("Dobbel Registrert")
                .nationalId(new NationalIdInput().country(Country.NO).number(number));
        participants.registerParticipant(person, null, null);

        ApiException conflict = assertThrows(ApiException.class, () -> participants.registerParticipant(person, null, null));
        Problem again = problem(partner, conflict);
        assertEquals(409, conflict.getCode());
        assertEquals(URI.create("urn:helhet:problem:already-registered"), again.getType());
        assertEquals(409, again.getStatus());
        assertNotNull(again.getRequestId());

        UUID nobody = UUID.randomUUID();
        ApiException missing = assertThrows(ApiException.class, () -> participants.getParticipant(nobody, null));
        assertEquals(404, missing.getCode());
        assertEquals(URI.create("urn:helhet:problem:not-found"), problem(partner, missing).getType());

        ApiException invalid = assertThrows(ApiException.class, () -> participants.registerParticipant(new ParticipantInput().name(" "), null, null));
        Problem validation = problem(partner, invalid);
        assertEquals(URI.create("urn:helhet:problem:validation"), validation.getType());
        assertEquals("name", validation.getErrors().get(0).getField());

        ApiException otherMunicipality = assertThrows(ApiException.class, () -> participants.getParticipant(nobody, "harstad"));
        assertEquals(URI.create("urn:helhet:problem:municipality-not-permitted"), problem(partner, otherMunicipality).getType());
    }

    @Test
    void theGatewayServesTheDocumentTheClientWasGeneratedFromWithItsOwnAddresses() throws Exception {
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode served = json.readTree(io.restassured.RestAssured.given()
                .when().get(GatewayApi.api() + "/openapi").then().statusCode(200).extract().asString());
        com.fasterxml.jackson.databind.JsonNode built = json.readTree(java.nio.file.Path.of(System.getProperty("helhet.root"),
                "public-api/target/openapi/helhet-public-api.json").toFile());
        json.writerWithDefaultPrettyPrinter().writeValue(java.nio.file.Path.of("target", "served-openapi.json").toFile(), served);
        assertEquals(built.path("paths"), served.path("paths"),
                "the gateway composes what the build linted and generated from (compare target/served-openapi.json)");
        assertEquals(built.path("components").path("schemas"), served.path("components").path("schemas"));
        String tokenUrl = served.at("/components/securitySchemes/oauth2/flows/clientCredentials/tokenUrl").asText();
        assertEquals(dev.helhet.testing.TestStack.keycloakIssuer() + "/protocol/openid-connect/token", tokenUrl, "partners are sent to this deployment's Keycloak: " + tokenUrl);
    }

    /** A client of the gateway whose every request carries a fresh token from {@code token}, as a partner's would. */
    private static ApiClient client(Supplier<String> token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Platform.gatewayUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token.get()));
        return client;
    }

    private static Problem problem(ApiClient client, ApiException refusal) throws Exception {
        ObjectMapper json = client.getObjectMapper();
        assertTrue(refusal.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "a refusal is problem+json");
        return json.readValue(refusal.getResponseBody(), Problem.class);
    }
}
