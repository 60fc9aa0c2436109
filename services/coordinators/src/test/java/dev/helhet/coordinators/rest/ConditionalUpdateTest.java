package dev.helhet.coordinators.rest;

import dev.helhet.coordinators.support.Registry;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static dev.helhet.coordinators.support.Registry.ORGANISATIONS;
import static dev.helhet.coordinators.support.Registry.PROFESSIONALS;
import static dev.helhet.coordinators.support.Registry.admin;
import static dev.helhet.testing.ConditionalUpdates.assertIfMatchGuards;
import static dev.helhet.testing.ConditionalUpdates.entityTag;

/** Organisations and professionals are read with an ETag and changed under If-Match (docs/adr/0039). */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "coordinators"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ConditionalUpdateTest {

    @Test
    void anOrganisationIsChangedOnlyAtTheVersionRead() {
        String organisation = ORGANISATIONS + "/" + Registry.organisation("Versjonert skole", "school");
        String tag = entityTag(admin().when().get(organisation).then().statusCode(200).extract().response());
        assertIfMatchGuards(Registry::admin, organisation, tag, version -> "{\"name\": \"Versjonert skole\", \"type\": \"school\","
                + " \"phone\": \"+47 66 00 00 00\"" + (version == null ? "" : ", \"version\": " + version) + "}", false);
    }

    @Test
    void aProfessionalIsChangedOnlyAtTheVersionRead() {
        Registry registry = Registry.asker();
        String professional = PROFESSIONALS + "/" + registry.regional;
        String tag = entityTag(admin().when().get(professional).then().statusCode(200).extract().response());
        assertIfMatchGuards(Registry::admin, professional, tag, version -> ("{\"subject\": \"%s\", \"name\": \"Rune Regional\","
                + " \"profession\": \"seniorrådgiver\", \"organisationIds\": [\"%s\"]" + (version == null ? "" : ", \"version\": " + version) + "}")
                .formatted(dev.helhet.testing.Tokens.subject("regional.coordinator"), registry.refugeeService), false);
    }
}
