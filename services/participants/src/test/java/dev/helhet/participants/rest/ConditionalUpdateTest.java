package dev.helhet.participants.rest;

import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static dev.helhet.participants.rest.Api.PARTICIPANTS;
import static dev.helhet.participants.rest.Api.asker;
import static dev.helhet.participants.rest.Api.register;
import static dev.helhet.testing.ConditionalUpdates.assertIfMatchGuards;
import static dev.helhet.testing.ConditionalUpdates.entityTag;
import static org.hamcrest.Matchers.equalTo;

/** A person's record is read with an ETag and changed under If-Match (docs/adr/0039). */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "participants"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ConditionalUpdateTest {

    @Test
    void aPersonIsCorrectedOnlyAtTheVersionRead() {
        String person = PARTICIPANTS + "/" + register("Vera Versjon");
        String tag = entityTag(asker().when().get(person).then().statusCode(200).extract().response());
        assertIfMatchGuards(Api::asker, person, tag,
                version -> "{\"name\": \"Vera Versjonsen\"" + (version == null ? "" : ", \"version\": " + version) + "}", false);
        asker().when().get(person).then().statusCode(200).body("name", equalTo("Vera Versjonsen")).header("ETag", "\"1\"");
    }

    @Test
    void aCreatedPersonComesWithItsTag() {
        CareEvents.coordinatorKnown();
        entityTag(asker().body("{\"name\": \"Nyregistrert Tagg\"}").when().post(PARTICIPANTS).then().statusCode(201).extract().response());
        asker().header("If-Match", "*").body("{\"name\": \"Stjerne\", \"version\": 0}").when().put(PARTICIPANTS + "/" + java.util.UUID.randomUUID())
                .then().statusCode(404);
    }
}
