package dev.helhet.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;

/**
 * JSON is read strictly: one value per body (no trailing garbage), no duplicate keys, no silent
 * coercion (a number is not a string, a date or an enum), no null inside an array, dates and instants
 * within {@link InputBounds} and text without control characters. Unknown fields are still ignored, so
 * clients and event producers can add fields.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    @SuppressWarnings("deprecation")
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.registerModule(new SimpleModule("helhet-input-bounds")
                .addDeserializer(String.class, new PlainTextDeserializer())
                .addDeserializer(LocalDate.class, new BoundedDateDeserializer())
                .addDeserializer(Instant.class, new BoundedInstantDeserializer())
                .setDeserializerModifier(new NoNullElements()));
    }

    /** After the JavaTimeModule Quarkus registers, so the bounded date readers win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }
}
