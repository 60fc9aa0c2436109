package dev.helhet.referrals.rest;

import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.ServiceBasics;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The referrals service runs on real PostgreSQL, Kafka and Keycloak and keeps to the caller's municipality. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "referrals"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class DirectoryServiceResourceTest {

    private static final String PATH = "/api/v1/referrals/services";

    @Test
    void listsOnlyTheCallersMunicipality() {
        ServiceBasics.assertListIsScopedToTheCallersMunicipality(PATH, "referrals",
                "insert into directory_service (id, municipality_id, name, provider, created_at) values ('%s', '%s', 'Language mentor', 'Volunteer centre', now())");
    }

    @Test
    void guardsTheApiAndServesOperationsEndpoints() {
        ServiceBasics.assertGuarded(PATH);
        // Staff who work between services; not the person, an analyst (aggregates only) or a partner system.
        ServiceBasics.assertRefusedTo(PATH, "amina.hassan", "asker.analyst");
        ServiceBasics.assertOperational("Helhet referrals API");
    }
}
