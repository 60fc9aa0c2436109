package dev.helhet.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Dates as ISO strings ({@code 2001-12-31}) inside {@link InputBounds}; a number (epoch day) or year 4458470 is refused. */
final class BoundedDateDeserializer extends StdScalarDeserializer<LocalDate> {

    BoundedDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            throw rejected(parser);
        }
        try {
            LocalDate date = LocalDate.parse(parser.getText().strip(), DateTimeFormatter.ISO_LOCAL_DATE);
            if (!InputBounds.inRange(date)) {
                throw new RejectedValueException(parser, LocalDate.class, InputBounds.dateRangeMessage(), InputBounds.CODE_OUT_OF_RANGE);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw rejected(parser);
        }
    }

    private static RejectedValueException rejected(JsonParser parser) {
        return new RejectedValueException(parser, LocalDate.class, InputBounds.dateRangeMessage(), InputBounds.CODE_WRONG_TYPE);
    }
}
