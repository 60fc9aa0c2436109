package dev.helhet.common.paging;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Names each {@link Page} schema after what it holds: the scanner calls {@code Page<ConsentResponse>} "PageConsentResponse"
 * after the Java class; a partner's generated client should get {@code ConsentPage}, after the schema {@code Consent}.
 */
public final class PageSchemaNames {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final Set<String> PAGE_PROPERTIES = Set.of("items", "page", "size", "total");

    private PageSchemaNames() {
    }

    public static void declare(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Map<String, String> renamed = new HashMap<>();
        schemas.forEach((name, schema) -> {
            String item = itemSchemaName(schema);
            if (name.startsWith("Page") && item != null && !schemas.containsKey(item + "Page")) {
                renamed.put(name, item + "Page");
            }
        });
        if (renamed.isEmpty()) {
            return;
        }
        Map<String, Schema> kept = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> kept.put(renamed.getOrDefault(name, name), schema));
        openAPI.getComponents().setSchemas(new TreeMap<>(kept));
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.values().forEach(schema -> rewrite(schema, renamed, seen));
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
                List<MediaType> media = new ArrayList<>();
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    media.addAll(operation.getRequestBody().getContent().getMediaTypes().values());
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().stream()
                            .filter(response -> response.getContent() != null && response.getContent().getMediaTypes() != null)
                            .forEach(response -> media.addAll(response.getContent().getMediaTypes().values()));
                }
                media.forEach(type -> rewrite(type.getSchema(), renamed, seen));
            }));
        }
    }

    /** The schema name of a page's items, when the schema is a page of references to one named schema. */
    private static String itemSchemaName(Schema schema) {
        if (schema.getProperties() == null || !schema.getProperties().keySet().equals(PAGE_PROPERTIES)) {
            return null;
        }
        Schema items = schema.getProperties().get("items").getItems();
        return items == null || items.getRef() == null || !items.getRef().startsWith(SCHEMAS) ? null : items.getRef().substring(SCHEMAS.length());
    }

    private static void rewrite(Schema schema, Map<String, String> renamed, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
            String target = renamed.get(schema.getRef().substring(SCHEMAS.length()));
            if (target != null) {
                schema.setRef(SCHEMAS + target);
            }
        }
        Stream.of(schema.getProperties() == null ? List.<Schema>of() : schema.getProperties().values(),
                        schema.getAllOf() == null ? List.<Schema>of() : schema.getAllOf(),
                        schema.getAnyOf() == null ? List.<Schema>of() : schema.getAnyOf(),
                        schema.getOneOf() == null ? List.<Schema>of() : schema.getOneOf(),
                        Stream.of(schema.getItems(), schema.getAdditionalPropertiesSchema()).filter(Objects::nonNull).toList())
                .flatMap(Collection::stream)
                .forEach(nested -> rewrite(nested, renamed, seen));
    }
}
