package dev.helhet.common.input;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Declares {@link InputBounds} in the OpenAPI document, so a partner reads them where they read the
 * fields: every free-text string gets the no-control-character pattern, every date and date-time
 * its range (as {@code x-earliest} / {@code x-latest} and in words).
 */
public final class InputBoundsDocumentation {

    private static final Set<String> FORMATS_WITH_OWN_SYNTAX = Set.of("uuid", "uri", "byte", "binary");

    private InputBoundsDocumentation() {
    }

    public static void declare(OpenAPI openAPI) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(schema -> declare(schema, seen));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> declare(operation, seen)));
    }

    private static void declare(Operation operation, Set<Schema> seen) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        parameters.forEach(parameter -> declare(parameter.getSchema(), seen));
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            Map<String, MediaType> media = operation.getRequestBody().getContent().getMediaTypes();
            if (media != null) {
                media.values().forEach(type -> declare(type.getSchema(), seen));
            }
        }
    }

    private static void declare(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (isString(schema) && schema.getEnumeration() == null) {
            String format = schema.getFormat();
            if ("date".equals(format)) {
                range(schema, InputBounds.EARLIEST_DATE.toString(), InputBounds.LATEST_DATE.toString());
            } else if ("date-time".equals(format)) {
                range(schema, InputBounds.EARLIEST_INSTANT.toString(), "2200-12-31T23:59:59.999999999Z");
            } else if ((format == null || !FORMATS_WITH_OWN_SYNTAX.contains(format)) && schema.getPattern() == null) {
                schema.setPattern(InputBounds.TEXT_PATTERN);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> declare(property, seen));
        }
        declare(schema.getItems(), seen);
        for (List<Schema> composed : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (composed != null) {
                composed.forEach(part -> declare(part, seen));
            }
        }
    }

    private static boolean isString(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }

    private static void range(Schema schema, String earliest, String latest) {
        schema.addExtension("x-earliest", earliest);
        schema.addExtension("x-latest", latest);
        String words = "Between " + earliest + " and " + latest + ".";
        String description = schema.getDescription();
        if (description == null || !description.contains(words)) {
            schema.setDescription(description == null || description.isBlank() ? words : description.strip() + " " + words);
        }
    }
}
