package dev.helhet.agreements.rest;

import dev.helhet.testing.CareTopics;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan and a meeting on paper: real PDFs, read back as text, in the language asked for, holding only what the viewer may see. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "agreements"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class PaperTest {

    private String person;
    private String plan;
    private String adviser;

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    @BeforeEach
    void aPlanWithAWorkGoalAHealthGoalAndTwoActions() {
        CareTopics.Team team = CareTopics.team();
        person = team.person();
        adviser = team.adviser();
        plan = "/api/v1/agreements/participants/" + person + "/plan";
        as("asker.coordinator").body("{\"ownGoal\": \"Jeg vil klare meg selv og få fast jobb på Bærum sykehus\"}").when().put(plan + "/own-goal")
                .then().statusCode(200);
        as("asker.coordinator").body("{\"lifeArea\": \"work\", \"category\": \"plan\", \"description\": \"Fagbrev som helsefagarbeider\","
                + " \"targetDate\": \"2027-06-30\"}").when().post(plan + "/goals").then().statusCode(201);
        as("asker.coordinator").body("{\"lifeArea\": \"health\", \"category\": \"health\", \"description\": \"Søvn og smerter under kontroll\"}")
                .when().post(plan + "/goals").then().statusCode(201);
        as("asker.coordinator").body("{\"description\": \"Søke arbeidstrening på sykehjemmet\", \"category\": \"plan\", \"responsible\": \"team-member\","
                + " \"responsibleId\": \"%s\", \"dueDate\": \"%s\"}".formatted(adviser, LocalDate.now().plusDays(20))).when().post(plan + "/actions")
                .then().statusCode(201);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private byte[] pdf(String user, String path, String language) {
        return as(user).accept("application/pdf").queryParam("lang", language).when().get(path).then().statusCode(200)
                .contentType("application/pdf").header("Cache-Control", "no-store").header("Content-Language", language)
                .extract().asByteArray();
    }

    @Test
    void thePlanSheetHasTheGoalsActionsAndSignatureLinesInTheViewersLanguage() throws IOException {
        String swedish = text(pdf("asker.coordinator", plan, "sv"));
        assertTrue(swedish.contains("Mål och överenskommelser"), swedish);
        assertTrue(swedish.contains("Jeg vil klare meg selv og få fast jobb på Bærum sykehus"), swedish);
        assertTrue(swedish.contains("Arbete: Fagbrev som helsefagarbeider"), swedish);
        assertTrue(swedish.contains("Hälsa: Søvn og smerter under kontroll"), swedish);
        assertTrue(swedish.contains("Søke arbeidstrening på sykehjemmet"), swedish);
        assertTrue(swedish.contains("Underskrift, deltagare") && swedish.contains("Underskrift, samordnare"), swedish);

        String danish = text(as("asker.coordinator").accept("application/pdf").header("Accept-Language", "da-DK, en;q=0.5")
                .when().get(plan).then().statusCode(200).extract().asByteArray());
        assertTrue(danish.contains("Mål og aftaler") && danish.contains("Underskrift, borger"), danish);
        String english = text(pdf("asker.coordinator", plan, "en"));
        assertTrue(english.contains("Goals and agreements") && english.contains("Signature, coordinator"), english);
    }

    @Test
    void aTeamMemberWithoutAHealthConsentNeverSeesTheHealthGoalOnPaper() throws IOException {
        CareTopics.consentToNav(person, "basic", "plan");
        String norwegian = text(pdf("asker.professional", plan, "nb"));
        assertTrue(norwegian.contains("Fagbrev som helsefagarbeider"), norwegian);
        assertFalse(norwegian.contains("Søvn og smerter"), norwegian);
        assertTrue(norwegian.contains("Underskrift, koordinator"), norwegian);
    }

    @Test
    void aPlanTheCallerMayNotSeeIsNotPrintedAndJsonStaysTheDefault() {
        as("harstad.coordinator").accept("application/pdf").when().get(plan).then().statusCode(404)
                .contentType("application/problem+json");
        as("asker.coordinator").when().get(plan).then().statusCode(200).contentType(ContentType.JSON)
                .body("ownGoal", containsString("Bærum"));
    }

    @Test
    void aMeetingIsAnAgendaBeforeAndMinutesWithDecisionsAfter() throws IOException {
        String meeting = "/api/v1/agreements/meetings/" + as("asker.coordinator").body("""
                        {"kind": "transition-programme-end", "startsAt": "2027-01-12T09:00:00Z", "place": "Asker rådhus",
                         "agenda": ["Språkpraksis på Åsgård", "Bolig i Bærum"],
                         "attendees": [{"kind": "person"}, {"kind": "interpreter", "language": "ti"}]}""")
                .when().post("/api/v1/agreements/participants/" + person + "/meetings").then().statusCode(201).extract().path("id");
        String agenda = text(pdf("asker.coordinator", meeting, "nb"));
        assertTrue(agenda.contains("Innkalling og dagsorden") && agenda.contains("Overgangsmøte: programmet slutter"), agenda);
        assertTrue(agenda.contains("1. Språkpraksis på Åsgård") && agenda.contains("Tolk (ti)"), agenda);
        assertFalse(agenda.contains("Referat"), agenda);

        as("asker.coordinator").body("{\"minutes\": \"Amina (ኣሚና) fortalte om praksisen.\\nNeste møte i mars.\"}").when().put(meeting + "/minutes")
                .then().statusCode(200);
        as("asker.coordinator").body("{\"description\": \"Melde seg på norskprøve B1\", \"category\": \"plan\", \"responsible\": \"person\"}")
                .when().post(meeting + "/decisions").then().statusCode(201);
        as("asker.coordinator").body("{\"status\": \"held\"}").when().put(meeting + "/status").then().statusCode(200)
                .body("status", equalTo("held"));
        String minutes = text(pdf("asker.coordinator", meeting, "sv"));
        assertTrue(minutes.contains("Protokoll") && minutes.contains("Neste møte i mars."), minutes);
        // A script the font lacks prints as question marks instead of failing the sheet.
        assertTrue(minutes.contains("Amina (???) fortalte om praksisen."), minutes);
        assertTrue(minutes.contains("Melde seg på norskprøve B1") && minutes.contains("Mötesordförande"), minutes);
    }

    @Test
    void theFontIsEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf("asker.coordinator", plan, "nb"))) {
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().contains("LiberationSans"), font.getName());
            }
        }
    }

    @Test
    void aWordLongerThanTheLineIsBrokenAndAnOddLanguageFallsBackToNorwegian() throws IOException {
        String link = "https://meet.example.no/" + "asker-team-".repeat(30) + "slutt";
        String meeting = "/api/v1/agreements/meetings/" + as("asker.coordinator").body("""
                        {"kind": "follow-up", "startsAt": "2027-01-12T09:00:00Z", "videoLink": "%s"}""".formatted(link))
                .when().post("/api/v1/agreements/participants/" + person + "/meetings").then().statusCode(201).extract().path("id");
        String sheet = text(as("asker.coordinator").accept("application/pdf").queryParam("lang", "-").header("Accept-Language", "en;q=0, da;q=0.5")
                .when().get(meeting).then().statusCode(200).header("Content-Language", "da").extract().asByteArray());
        // Every piece of the link is on the page, over several lines, none cut off at the margin.
        assertTrue(sheet.replaceAll("\\s", "").contains(link.replaceAll("\\s", "")), sheet);
        assertTrue(sheet.lines().filter(line -> line.contains("asker-team-")).count() > 1, sheet);
    }
}
