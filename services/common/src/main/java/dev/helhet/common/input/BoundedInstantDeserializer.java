package dev.helhet.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Instants as ISO strings with Z or an offset ({@code 2026-01-31T09:30:00Z}) inside {@link InputBounds};
 * epoch numbers and {@code +999999999-01-01T00:00:00Z} are refused.
 */
final class BoundedInstantDeserializer extends StdScalarDeserializer<Instant> {

    BoundedInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            throw rejected(parser);
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(parser.getText().strip()).toInstant();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw rejected(parser);
        }
        if (!InputBounds.inRange(instant)) {
            throw new RejectedValueException(parser, Instant.class, InputBounds.instantRangeMessage(), InputBounds.CODE_OUT_OF_RANGE);
        }
        return instant;
    }

    private static RejectedValueException rejected(JsonParser parser) {
        return new RejectedValueException(parser, Instant.class, InputBounds.instantRangeMessage(), InputBounds.CODE_WRONG_TYPE);
    }
}
