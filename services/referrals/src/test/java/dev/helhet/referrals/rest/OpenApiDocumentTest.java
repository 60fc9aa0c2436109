package dev.helhet.referrals.rest;

import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.OpenApiChecks;
import dev.helhet.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every operation, field and error, with examples, for partner developers. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "referrals"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class OpenApiDocumentTest {

    @Test
    void everyOperationFieldAndErrorIsDescribed() {
        OpenApiChecks.assertComplete(8);
    }
}
