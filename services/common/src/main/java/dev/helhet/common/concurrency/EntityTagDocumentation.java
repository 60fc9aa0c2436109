package dev.helhet.common.concurrency;

import dev.helhet.common.http.HeaderDocumentation;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.List;
import java.util.Map;

/**
 * Declares {@code ETag} on every successful answer that is one versioned record (its schema has a {@code version}),
 * and writes out {@code If-Match} with its 412 on each operation that refers to {@link EntityTags#IF_MATCH_PARAMETER}.
 */
public final class EntityTagDocumentation {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PRECONDITION_FAILED = "`precondition-failed`: the record is no longer at the version `If-Match`"
            + " names (or the body names another): read it again and repeat the change with its new ETag";

    private EntityTagDocumentation() {
    }

    public static void declare(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (HeaderDocumentation.inline(operation, EntityTags.IF_MATCH_PARAMETER, ifMatch())) {
                HeaderDocumentation.addOrExtend(operation, "412", PRECONDITION_FAILED);
            }
            tagVersionedAnswers(operation, schemas);
        }));
    }

    private static void tagVersionedAnswers(Operation operation, Map<String, Schema> schemas) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (!status.startsWith("2") || response.getContent() == null || response.getContent().getMediaTypes() == null) {
                return;
            }
            MediaType json = response.getContent().getMediaTypes().get(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
            if (json == null || json.getSchema() == null || json.getSchema().getRef() == null
                    || !json.getSchema().getRef().startsWith(SCHEMAS)) {
                return;
            }
            Schema answer = schemas.get(json.getSchema().getRef().substring(SCHEMAS.length()));
            if (answer != null && answer.getProperties() != null && answer.getProperties().containsKey("version")) {
                response.addHeader(EntityTags.ETAG, OASFactory.createHeader()
                        .description("The record's version as an entity tag; send it as `If-Match` with a change")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(20).example("\"3\"")));
            }
        });
    }

    private static Parameter ifMatch() {
        return OASFactory.createParameter()
                .name(EntityTags.IF_MATCH)
                .in(Parameter.In.HEADER)
                .required(false)
                .description("The `ETag` the record was read with, such as `\"3\"`: the change is made only if the record is still at"
                        + " that version (412 otherwise). It says what `version` in the body says: send either, or both naming the same version.")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(64).pattern("^(\\*|\"-?[0-9]{1,18}\")$"))
                .example("\"3\"");
    }
}
