package dev.helhet.testing;

import io.restassured.RestAssured;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static dev.helhet.testing.PublicApi.as;
import static org.awaitility.Awaitility.await;

/**
 * How soon a revoked consent shuts the door (issue 16, part 3), measured the same way by {@code make test} and
 * {@code make bench}: a person on a team under consent, the consent revoked through the gateway, then the participants
 * service (which decides consent) asked once and the coordinators and agreements services (which learn it through the
 * outbox and Kafka) asked directly every 10 ms until each refuses. The first revocation warms the paths and is not counted.
 */
public final class RevocationLatency {

    private static final Duration EVENTS = Duration.ofSeconds(30);
    private static final Duration NEVER = Duration.ofSeconds(10);

    /** Where to call: the public API on the gateway, and the two services asked directly (no gateway rate limit between polls). */
    public record Urls(String api, String coordinators, String agreements) {
    }

    /** Milliseconds from the revocation's answer to each refusal, one per measured person; and whether participants refused at once. */
    public record Result(int people, int refusedAtOnce, List<Long> coordinators, List<Long> agreements) {

        public long p50(List<Long> millis) {
            return sorted(millis).get(millis.size() / 2);
        }

        /** With a few dozen samples, the 99th percentile is the slowest of them. */
        public long p99(List<Long> millis) {
            return sorted(millis).get((int) Math.ceil(millis.size() * 0.99) - 1);
        }

        public long max(List<Long> millis) {
            return sorted(millis).getLast();
        }

        /** One line per service, as both the test and the benchmark print it. */
        public List<String> lines() {
            return List.of(
                    "participants refused the next read at once for %d of %d".formatted(refusedAtOnce, people),
                    line("coordinators", coordinators), line("agreements", agreements));
        }

        private String line(String service, List<Long> millis) {
            return "%s refused after p50 %d ms, p99 %d ms, max %d ms".formatted(service, p50(millis), p99(millis), max(millis));
        }

        private static List<Long> sorted(List<Long> millis) {
            List<Long> sorted = new ArrayList<>(millis);
            sorted.sort(Long::compare);
            return sorted;
        }
    }

    private record Person(String id, String consent) {
    }

    private RevocationLatency() {
    }

    /** Sets up {@code people} + 1 people in Asker (as its demo users), revokes each one's consent and times the refusals. */
    public static Result measure(Urls urls, int people, String label) {
        String refugeeService = PublicApi.organisation(urls.api(), "asker.admin", "Flyktningtjenesten (" + label + ")", "refugee-service");
        String nav = PublicApi.organisation(urls.api(), "asker.admin", "NAV (" + label + ")", "nav-office");
        String coordinator = PublicApi.professional(urls.api(), "asker.admin", "asker.coordinator", refugeeService);
        String adviser = PublicApi.professional(urls.api(), "asker.admin", "asker.professional", nav);
        List<Person> everyone = new ArrayList<>();
        for (int i = 0; i <= people; i++) {
            everyone.add(onTeamUnderConsent(urls.api(), "Måling " + i, coordinator, refugeeService, adviser, nav));
        }

        String adviserToken = Tokens.user("asker.professional");
        int refusedAtOnce = 0;
        List<Long> inCoordinators = new ArrayList<>();
        List<Long> inAgreements = new ArrayList<>();
        for (Person person : everyone) {
            String team = urls.coordinators() + "/api/v1/coordinators/participants/" + person.id() + "/team";
            String plan = urls.agreements() + "/api/v1/agreements/participants/" + person.id() + "/plan";
            // Both other services see the person before the revocation (each learns of the consent by its event).
            await().atMost(EVENTS).until(() -> status(adviserToken, plan) == 200);
            as("asker.coordinator").body("{\"reason\": \"Trekker samtykket\"}").when()
                    .post(urls.api() + "/participants/" + person.id() + "/consents/" + person.consent() + "/revoke").then().statusCode(200);
            long revokedAt = System.nanoTime();
            // Where consent is decided, the next read is already refused: no wait, no retry.
            boolean atOnce = as("asker.professional").when().get(urls.api() + "/participants/" + person.id()).statusCode() == 404;
            Long coordinatorsRefused = null;
            Long agreementsRefused = null;
            while (coordinatorsRefused == null || agreementsRefused == null) {
                if (System.nanoTime() - revokedAt > NEVER.toNanos()) {
                    throw new IllegalStateException("a service still served " + person.id() + " " + NEVER.toSeconds() + " s after the revocation"
                            + " (coordinators refused: " + (coordinatorsRefused != null) + ", agreements: " + (agreementsRefused != null) + ")");
                }
                if (coordinatorsRefused == null && status(adviserToken, team) == 404) {
                    coordinatorsRefused = (System.nanoTime() - revokedAt) / 1_000_000;
                }
                if (agreementsRefused == null && status(adviserToken, plan) == 404) {
                    agreementsRefused = (System.nanoTime() - revokedAt) / 1_000_000;
                }
                sleep(10);
            }
            if (person != everyone.getFirst()) {
                refusedAtOnce += atOnce ? 1 : 0;
                inCoordinators.add(coordinatorsRefused);
                inAgreements.add(agreementsRefused);
            }
        }
        return new Result(people, refusedAtOnce, inCoordinators, inAgreements);
    }

    private static int status(String token, String url) {
        return RestAssured.given().auth().oauth2(token).when().get(url).statusCode();
    }

    private static Person onTeamUnderConsent(String api, String name, String coordinator, String coordinatorOrganisation, String adviser,
                                             String nav) {
        String person = as("asker.coordinator").body("{\"name\": \"%s\"}".formatted(name))
                .when().post(api + "/participants").then().statusCode(201).extract().path("id");
        String team = api + "/coordinators/participants/" + person;
        await().atMost(EVENTS).until(() -> as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}"
                .formatted(coordinator, coordinatorOrganisation)).when().put(team + "/coordinator").statusCode() == 200);
        String grant = """
                {"receiver": {"type": "organisation", "organisationId": "%s"}, "categories": ["basic"], "purpose": "Måling",
                 "validTo": "%s", "recordedHow": "signed-form"}""".formatted(nav, Instant.now().plus(30, ChronoUnit.DAYS));
        String consent = await().atMost(EVENTS).until(() -> {
            var answer = as("asker.coordinator").body(grant).when().post(api + "/participants/" + person + "/consents");
            return answer.statusCode() == 201 ? answer.<String>path("id") : null;
        }, Objects::nonNull);
        String member = "{\"professionalId\": \"%s\", \"organisationId\": \"%s\", \"role\": \"NAV-veileder\"}".formatted(adviser, nav);
        await().atMost(EVENTS).until(() -> as("asker.coordinator").body(member).when().post(team + "/team/members").statusCode() == 200);
        await().atMost(EVENTS).until(() -> as("asker.professional").when().get(api + "/participants/" + person).statusCode() == 200);
        return new Person(person, consent);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
