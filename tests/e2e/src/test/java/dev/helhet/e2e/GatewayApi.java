package dev.helhet.e2e;

import dev.helhet.testing.PublicApi;
import dev.helhet.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Requests to the public API through the real gateway, as a demo user, and the set-up steps several tests share. */
public final class GatewayApi {

    private GatewayApi() {
    }

    /** The public API's base URL on the gateway. */
    public static String api() {
        return Platform.gatewayUrl() + "/api/v1";
    }

    /** A JSON request with a demo user's real token. */
    public static RequestSpecification as(String user) {
        return PublicApi.as(user);
    }

    /** A JSON request with the demo partner's client-credentials token. */
    public static RequestSpecification partner() {
        return given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON);
    }

    /** Registers an organisation of the admin's municipality; answers its id. */
    public static String organisation(String admin, String name, String type) {
        return PublicApi.organisation(api(), admin, name, type);
    }

    /** Makes a demo user a professional of one organisation (registered or moved); answers the professional id. */
    public static String professional(String admin, String username, String organisation) {
        return PublicApi.professional(api(), admin, username, organisation);
    }

    /** Amina's record in Asker (the demo realm's amina.hassan), registered now or by an earlier test or run; answers its id. */
    public static String amina() {
        String body = "{\"name\": \"Amina Hassan\", \"nationalId\": {\"country\": \"NO\", \"number\": \"15039410017\"}}";
        var registered = as("asker.coordinator").body(body).when().post(api() + "/participants").then().extract();
        if (registered.statusCode() == 201) {
            return registered.path("id");
        }
        return as("asker.teamlead").body(body).when().post(api() + "/participants").then().statusCode(409).extract().path("existingParticipantId");
    }

    /** How long another service may take to learn what one said on a topic. */
    private static final java.time.Duration EVENTS = java.time.Duration.ofSeconds(30);

    /**
     * The professional coordinates the person for the organisation, as the team lead assigns it; an earlier test or run may
     * have assigned the same professional already (409), which stands.
     */
    public static void coordinate(String person, String professional, String organisation) {
        org.awaitility.Awaitility.await().atMost(EVENTS).untilAsserted(() -> as("asker.teamlead")
                .body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(professional, organisation))
                .when().put(api() + "/coordinators/participants/" + person + "/coordinator").then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(409))));
    }

    /** The person's consent to the organisation for these categories (codes), for half a year, recorded by her coordinator. */
    public static void consent(String person, String organisation, String purpose, String... categories) {
        String body = """
                {"receiver": {"type": "organisation", "organisationId": "%s"}, "categories": [%s],
                 "purpose": "%s", "validTo": "%s", "recordedHow": "signed-form"}"""
                .formatted(organisation, String.join(", ", java.util.Arrays.stream(categories).map(c -> "\"" + c + "\"").toList()), purpose,
                        java.time.Instant.now().plus(180, java.time.temporal.ChronoUnit.DAYS));
        // Participants learns who coordinates her from the coordinators' topic before it lets the coordinator record it.
        org.awaitility.Awaitility.await().atMost(EVENTS).untilAsserted(() -> as("asker.coordinator").body(body)
                .when().post(api() + "/participants/" + person + "/consents").then().statusCode(201));
    }

    /** Takes the professional off the person's team, where an earlier test or run may have put them (Amina is shared). */
    public static void offTeam(String person, String professional) {
        String team = api() + "/coordinators/participants/" + person + "/team";
        java.util.List<String> earlier = as("asker.coordinator").when().get(team).then().statusCode(200)
                .extract().path("members.findAll { it.professionalId == '%s' }.id".formatted(professional));
        earlier.forEach(member -> as("asker.coordinator").when().delete(team + "/members/" + member).then().statusCode(200));
    }

    /** A valid Norwegian birth number no earlier run has used (a random day and serial; both control digits computed). */
    public static String fodselsnummer() {
        java.util.Random random = new java.security.SecureRandom();
        int[] first = {3, 7, 6, 1, 8, 9, 4, 5, 2};
        int[] second = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        for (;;) {
            java.time.LocalDate born = java.time.LocalDate.of(1950, 1, 1).plusDays(random.nextInt(50 * 365));
            String nine = "%02d%02d%02d%03d".formatted(born.getDayOfMonth(), born.getMonthValue(), born.getYear() % 100, random.nextInt(500));
            int k1 = control(nine, first);
            if (k1 == 10) {
                continue;
            }
            int k2 = control(nine + k1, second);
            if (k2 != 10) {
                return nine + k1 + k2;
            }
        }
    }

    private static int control(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        int rest = 11 - sum % 11;
        return rest == 11 ? 0 : rest;
    }
}
