package dev.helhet.notifications.rest;

import dev.helhet.notifications.domain.WebhookEventType;
import dev.helhet.notifications.service.WebhookSender;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Describes what Helhet POSTs to a partner's receiver as OpenAPI 3.1 {@code webhooks}: one per event type, each with the
 * thin body and the signature headers, so a partner's tooling knows the webhook as well as the API that subscribes to it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class WebhookDocumentation implements OASFilter {

    static final String EVENT_SCHEMA = "WebhookEvent";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(EVENT_SCHEMA, eventSchema());
        Map<String, PathItem> webhooks = new LinkedHashMap<>();
        for (WebhookEventType type : WebhookEventType.values()) {
            webhooks.put(type.code(), OASFactory.createPathItem().POST(operation(type)));
        }
        openAPI.setWebhooks(webhooks);
    }

    private static org.eclipse.microprofile.openapi.models.Operation operation(WebhookEventType type) {
        return OASFactory.createOperation()
                .operationId("on" + Arrays.stream(type.code().split("\\."))
                        .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1)).reduce("", String::concat))
                .summary("Webhook " + type.code())
                .description("What Helhet POSTs to a subscription's receiver for " + type.code() + " (" + rule(type) + "). Verify the"
                        + " signature before anything else (docs/partners.md, \"Webhooks\"), answer any 2xx within 10 seconds, then"
                        + " read the subject through the API with your own token.")
                .tags(List.of("Webhooks"))
                .parameters(List.of(
                        header(WebhookSender.ID_HEADER, "The delivery: the same on every attempt; drop one you have processed",
                                OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid").maxLength(36)),
                        header(WebhookSender.TIMESTAMP_HEADER, "When it was sent, Unix seconds; refuse one more than 5 minutes off",
                                OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64").minimum(java.math.BigDecimal.ZERO)
                                        .maximum(java.math.BigDecimal.valueOf(99_999_999_999L))),
                        header(WebhookSender.SIGNATURE_HEADER, "v1=<hex HMAC-SHA256(secret, timestamp + \".\" + body)>; two, comma-separated,"
                                        + " for 24 hours after a rotation",
                                OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(140)
                                        .pattern("^v1=[0-9a-f]{64}(,v1=[0-9a-f]{64})?$"))))
                .requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent().addMediaType("application/json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(EVENT_SCHEMA)).example(example(type)))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("204", OASFactory.createAPIResponse().description("Received: any 2xx will do"))
                        .addAPIResponse("default", OASFactory.createAPIResponse()
                                .description("Anything else, or no answer within 10 seconds: sent again with backoff for 24 hours")))
                .security(List.of());
    }

    private static Parameter header(String name, String description, Schema schema) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(true).description(description).schema(schema);
    }

    private static Schema eventSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("A thin event: ids, a type and a time, never the content (ADR 0042)")
                .required(List.of("id", "type", "occurredAt", "municipalityId", "subject"))
                .addProperty("id", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid").maxLength(36)
                        .description("The event; the same for every subscription it is sent to"))
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(64)
                        .enumeration(Arrays.stream(WebhookEventType.values()).<Object>map(WebhookEventType::code).toList()))
                .addProperty("occurredAt", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date-time")
                        .description("When it happened in Helhet"))
                .addProperty("municipalityId", OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(63).pattern("^[a-z0-9][a-z0-9-]{0,62}$")
                        .description("The municipality the event belongs to (the subscription's)"))
                .addProperty("subject", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).required(List.of("kind", "id"))
                        .description("What the event is about: read it through the API")
                        .addProperty("kind", OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(32)
                                .enumeration(List.of("referral", "participant")))
                        .addProperty("id", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid").maxLength(36)));
    }

    private static Map<String, Object> example(WebhookEventType type) {
        return Map.of("id", "6f1c2a8e-4b7d-4e0a-9c3f-1d2e3f4a5b6c", "type", type.code(), "occurredAt", "2026-12-03T09:15:02.113Z",
                "municipalityId", "asker", "subject", Map.of("kind", type.subjectKind(), "id", "0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10"));
    }

    private static String rule(WebhookEventType type) {
        return switch (type.rule()) {
            case ADDRESSED_TO_ITS_ORGANISATION -> "referrals addressed to the organisation your client is registered for";
            case NAV_INTEGRATION -> "clients with the client role nav-integration";
            case ANY_PARTNER -> "any partner client";
        };
    }
}
