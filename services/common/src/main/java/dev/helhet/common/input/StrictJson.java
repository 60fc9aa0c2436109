package dev.helhet.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Request bodies are read strictly: one JSON value per body (no trailing garbage), no duplicate keys, no
 * silent coercion (a number is not a string, a date or an enum), no null inside an array, dates and
 * instants within {@link InputBounds} and text without control characters. Unknown fields are still
 * ignored, so clients can add fields. Only what clients send is read this way: events and the answers of
 * other systems keep the application's own mapper, so an old event is never dead-lettered by a new rule.
 */
@Provider
public class StrictJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    @SuppressWarnings("deprecation")
    public StrictJson(ObjectMapper application) {
        strict = application.copy();
        strict.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        strict.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        strict.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        strict.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        strict.registerModule(new SimpleModule("helhet-input-bounds")
                .addDeserializer(String.class, new PlainTextDeserializer())
                .addDeserializer(LocalDate.class, new BoundedDateDeserializer())
                .addDeserializer(Instant.class, new BoundedInstantDeserializer())
                .setDeserializerModifier(new NoNullElements()));
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }
}
