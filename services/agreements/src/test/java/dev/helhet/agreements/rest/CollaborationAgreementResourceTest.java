package dev.helhet.agreements.rest;

import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.ServiceBasics;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The agreements service runs on real PostgreSQL, Kafka and Keycloak and keeps to the caller's municipality. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "agreements"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class CollaborationAgreementResourceTest {

    private static final String PATH = "/api/v1/agreements/collaboration-agreements";

    @Test
    void listsOnlyTheCallersMunicipality() {
        ServiceBasics.assertListIsScopedToTheCallersMunicipality(PATH, "agreements",
                "insert into collaboration_agreement (id, municipality_id, title, valid_from, created_at) values ('%s', '%s', 'Intro and NAV', date '2026-01-01', now())");
    }

    @Test
    void guardsTheApiAndServesOperationsEndpoints() {
        ServiceBasics.assertGuarded(PATH);
        // Staff who work between services; not the person, an analyst (aggregates only) or a partner system.
        ServiceBasics.assertRefusedTo(PATH, "amina.hassan", "asker.analyst");
        ServiceBasics.assertOperational("Helhet agreements API");
    }
}
