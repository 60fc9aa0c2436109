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
 * its range (as {@code x-earliest} / {@code x-latest} and in words). Every string and integer also gets
 * the bound the reader enforces where its field declares none: text at most {@link InputBounds#MAX_TEXT_LENGTH}
 * characters (a parameter: the request line's limit), an id or time the length of its syntax, an integer its
 * format's range. The same bounds hold for what the API returns, since all it stores came in through them.
 */
public final class InputBoundsDocumentation {

    private static final Set<String> FORMATS_WITH_OWN_SYNTAX = Set.of("uuid", "uri", "byte", "binary");
    /** The longest text of each format with a fixed syntax: a UUID, a date, a date-time with nanoseconds and an offset. */
    private static final Map<String, Integer> LONGEST_OF_FORMAT = Map.of("uuid", 36, "date", 10, "date-time", 35);

    private final Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, Schema> components;

    private InputBoundsDocumentation(Map<String, Schema> components) {
        this.components = components;
    }

    public static void declare(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        InputBoundsDocumentation walker = new InputBoundsDocumentation(components);
        components.values().forEach(walker::declare);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(walker::declare));
    }

    private void declare(Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        parameters.forEach(parameter -> declare(parameter.getSchema(), InputBounds.LONGEST_REQUEST_LINE));
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            Map<String, MediaType> media = operation.getRequestBody().getContent().getMediaTypes();
            if (media != null) {
                media.values().forEach(type -> declare(type.getSchema()));
            }
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(response -> {
                if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                    response.getContent().getMediaTypes().values().forEach(type -> declare(type.getSchema()));
                }
                if (response.getHeaders() != null) {
                    // A header the API sends (Location) is no longer than a request line a client could send back.
                    response.getHeaders().values().forEach(header -> declare(header.getSchema(), InputBounds.LONGEST_REQUEST_LINE));
                }
            });
        }
    }

    private void declare(Schema schema) {
        declare(schema, InputBounds.MAX_TEXT_LENGTH);
    }

    private void declare(Schema schema, int longestText) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (isString(schema) && schema.getEnumeration() == null && schema.getConstValue() == null && schema.getMaxLength() == null) {
            schema.setMaxLength(schema.getFormat() == null ? longestText : LONGEST_OF_FORMAT.getOrDefault(schema.getFormat(), longestText));
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER)) {
            boolean wide = "int64".equals(schema.getFormat());
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(java.math.BigDecimal.valueOf(wide ? Long.MIN_VALUE : Integer.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(java.math.BigDecimal.valueOf(wide ? Long.MAX_VALUE : Integer.MAX_VALUE));
            }
        }
        if (Boolean.TRUE.equals(schema.getUniqueItems()) && schema.getMaxItems() == null && schema.getItems() != null) {
            // A set of codes holds each code at most once.
            List<Object> codes = resolve(schema.getItems()).getEnumeration();
            if (codes != null) {
                schema.setMaxItems(codes.size());
            }
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
            schema.getProperties().values().forEach(this::declare);
        }
        declare(schema.getItems());
        declare(schema.getAdditionalPropertiesSchema());
        for (List<Schema> composed : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (composed != null) {
                composed.forEach(this::declare);
            }
        }
    }

    private Schema resolve(Schema schema) {
        String ref = schema.getRef();
        return ref == null ? schema : components.getOrDefault(ref.substring(ref.lastIndexOf('/') + 1), schema);
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
