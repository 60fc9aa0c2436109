package dev.helhet.common.input;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the query and path parameters of every service: numbers, UUIDs, dates and instants. A value
 * that is not of the type, or a date outside {@link InputBounds}, answers 400 naming the parameter
 * ({@code page=abc}, {@code from=bad}, a malformed id in a path) instead of the 404 JAX-RS would give.
 */
@Provider
public class BoundedParameters implements ParamConverterProvider {

    private record Reader(String expectation, Function<String, Object> read) {
    }

    private static final Map<Class<?>, Reader> READERS = Map.of(
            int.class, new Reader("must be a whole number", Integer::valueOf),
            Integer.class, new Reader("must be a whole number", Integer::valueOf),
            long.class, new Reader("must be a whole number", Long::valueOf),
            Long.class, new Reader("must be a whole number", Long::valueOf),
            UUID.class, new Reader("must be a UUID like 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10", BoundedParameters::uuid),
            LocalDate.class, new Reader(InputBounds.dateRangeMessage(), BoundedParameters::date),
            Instant.class, new Reader(InputBounds.instantRangeMessage(), BoundedParameters::instant));

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Reader reader = READERS.get(rawType);
        if (reader == null) {
            return null;
        }
        String name = nameOf(annotations);
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) reader.read().apply(value.strip());
                } catch (IllegalArgumentException | DateTimeException e) {
                    boolean outOfRange = e instanceof DateTimeException && !(e instanceof java.time.format.DateTimeParseException);
                    throw new InvalidParameterException(name, reader.expectation(),
                            outOfRange ? InputBounds.CODE_OUT_OF_RANGE : InputBounds.CODE_WRONG_TYPE);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return "parameter";
    }

    private static UUID uuid(String value) {
        // UUID.fromString accepts short groups ("1-2-3-4-5"); an id is always the 36-character form.
        if (value.length() != 36) {
            throw new IllegalArgumentException("not a UUID");
        }
        return UUID.fromString(value);
    }

    private static LocalDate date(String value) {
        LocalDate date = LocalDate.parse(value);
        if (!InputBounds.inRange(date)) {
            throw new DateTimeException("out of range");
        }
        return date;
    }

    private static Instant instant(String value) {
        Instant instant = OffsetDateTime.parse(value).toInstant();
        if (!InputBounds.inRange(instant)) {
            throw new DateTimeException("out of range");
        }
        return instant;
    }
}
