package dev.helhet.coordinators.rest;

import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.ServiceBasics;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The coordinators service runs on real PostgreSQL, Kafka and Keycloak and keeps to the caller's municipality. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "coordinators"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class OrganisationResourceTest {

    private static final String PATH = "/api/v1/coordinators/organisations";

    @Test
    void listsOnlyTheCallersMunicipality() {
        ServiceBasics.assertListIsScopedToTheCallersMunicipality(PATH, "coordinators",
                "insert into organisation (id, municipality_id, name, type, created_at) values ('%s', '%s', 'NAV Test', 'nav-office', now())");
    }

    @Test
    void guardsTheApiAndServesOperationsEndpoints() {
        ServiceBasics.assertGuarded(PATH);
        ServiceBasics.assertOperational("Helhet coordinators API");
    }
}
