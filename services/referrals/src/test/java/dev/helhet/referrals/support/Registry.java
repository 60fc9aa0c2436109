package dev.helhet.referrals.support;

import dev.helhet.contracts.Topics;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.ServiceBasics;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Plays the coordinators service's registry on its real topic: an organisation this service then knows by name and area. */
public final class Registry {

    private Registry() {
    }

    /** An organisation of the registry serving these municipalities; answers its id once this service has projected it. */
    public static String organisation(String name, String... municipalities) {
        String id = UUID.randomUUID().toString();
        KafkaProbe.send(Topics.COORDINATORS_ORGANISATION_V1, id, """
                {"eventId": "%s", "eventType": "OrganisationRegistered", "eventVersion": 1, "occurredAt": "%s", "municipalityId": "%s",
                 "aggregateId": "%s", "actor": {"type": "system", "subject": "referrals-test"}, "traceparent": null,
                 "payload": {"organisationId": "%s", "name": "%s", "type": "other", "municipalityIds": [%s]}}"""
                .formatted(UUID.randomUUID(), Instant.now(), municipalities[0], id, id, name,
                        String.join(", ", Arrays.stream(municipalities).map(m -> "\"" + m + "\"").toList())));
        await().atMost(Duration.ofSeconds(20)).until(() -> ServiceBasics.count("referrals",
                "select count(*) from care_organisation_name where organisation_id = '%s'".formatted(id)) == 1);
        return id;
    }
}
