package dev.helhet.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static dev.helhet.e2e.GatewayApi.api;
import static dev.helhet.e2e.GatewayApi.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * A person moves from Asker to Harstad, with real tokens of both municipalities through the gateway: Asker's coordinator
 * offers her follow-up with her consent; Harstad's team lead sees the offer, not who she is, and accepts; participants then
 * registers her in Harstad from her basic information (same identity number) and closes Asker's record as moved — read-only
 * history there — and Harstad's queue of people without a coordinator shows her.
 */
@ExtendWith(Platform.class)
class TransferIT {

    private static final Duration EVENTS = Duration.ofSeconds(30);

    @Test
    void aPersonMovesFromAskerToHarstadAndEachSideSeesItsPart() {
        String run = Long.toString(System.currentTimeMillis(), 36);
        String refugeeService = GatewayApi.organisation("asker.admin", "Flyktningtjenesten (flytting " + run + ")", "refugee-service");
        String coordinator = GatewayApi.professional("asker.admin", "asker.coordinator", refugeeService);
        GatewayApi.organisation("harstad.admin", "Integreringsenheten (flytting " + run + ")", "refugee-service");
        String name = "Yasmin Ali (" + run + ")";
        String number = GatewayApi.fodselsnummer();
        String person = as("asker.teamlead").body("""
                        {"name": "%s", "nationalId": {"country": "NO", "number": "%s"}, "preferredLanguages": ["ar", "nb"],
                         "whatMattersToMe": "Å bo nær søsteren min"}""".formatted(name, number))
                .when().post(api() + "/participants").then().statusCode(201).extract().path("id");
        GatewayApi.coordinate(person, coordinator, refugeeService);

        // Referrals knows her, her coordinator and Harstad (an organisation serving it) from their topics before it offers.
        String offer = """
                {"participantId": "%s", "toMunicipalityId": "harstad", "consentRecordedHow": "signed-form",
                 "note": "Flytter til Harstad 1. mars", "handover": {"summary": "Snakker arabisk; i arbeidspraksis"}}""".formatted(person);
        AtomicReference<String> transfer = new AtomicReference<>();
        await().atMost(EVENTS).untilAsserted(() -> transfer.set(as("asker.coordinator").body(offer).when().post(api() + "/referrals/transfers")
                .then().log().ifValidationFails().statusCode(201).extract().path("id")));

        as("harstad.teamlead").queryParam("size", 200).when().get(api() + "/referrals/transfers/incoming").then().statusCode(200)
                .body("items.id", hasItem(transfer.get()))
                .body("items.find { it.id == '%s' }.participantId".formatted(transfer.get()), nullValue())
                .body("items.find { it.id == '%s' }.handover".formatted(transfer.get()), nullValue());
        as("harstad.coordinator").when().post(api() + "/referrals/transfers/" + transfer.get() + "/accept").then().statusCode(403);
        as("harstad.teamlead").when().post(api() + "/referrals/transfers/" + transfer.get() + "/accept").then().statusCode(200)
                .body("handover.summary", equalTo("Snakker arabisk; i arbeidspraksis"));

        // Harstad: her record, made from her basic information, with the same identity number (masked), waiting for a coordinator.
        AtomicReference<String> moved = new AtomicReference<>();
        await().atMost(EVENTS).untilAsserted(() -> moved.set(as("harstad.teamlead").queryParam("q", run).when().get(api() + "/participants")
                .then().statusCode(200).body("items.name", hasItem(name)).extract().path("items.find { it.name == '%s' }.id".formatted(name))));
        as("harstad.teamlead").when().get(api() + "/participants/" + moved.get()).then().statusCode(200)
                .body("municipalityId", equalTo("harstad")).body("status", equalTo("active"))
                .body("whatMattersToMe", equalTo("Å bo nær søsteren min"))
                .body("nationalId.masked", equalTo(number.substring(0, 6) + "*****"));
        await().atMost(EVENTS).untilAsserted(() -> as("harstad.teamlead").queryParam("size", 200)
                .when().get(api() + "/coordinators/caseload/unassigned").then().statusCode(200)
                .body("items.participantId", hasItem(moved.get())));

        // Asker: the record is history, read-only; Harstad cannot read it.
        await().atMost(EVENTS).untilAsserted(() -> as("asker.coordinator").when().get(api() + "/participants/" + person).then().statusCode(200)
                .body("status", equalTo("moved")).body("movedToMunicipalityId", equalTo("harstad")));
        as("asker.coordinator").body("{\"name\": \"Endret\", \"version\": 5}").when().put(api() + "/participants/" + person)
                .then().statusCode(409).body("type", equalTo("urn:helhet:problem:participant-not-active"));
        as("harstad.teamlead").when().get(api() + "/participants/" + person).then().statusCode(404);
    }
}
