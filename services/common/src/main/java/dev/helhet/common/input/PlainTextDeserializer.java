package dev.helhet.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;

/**
 * Text fields take JSON strings only ({@code "name": 123} is refused, not turned into "123") of at most
 * {@link InputBounds#MAX_TEXT_LENGTH} characters, without control characters; a Windows line end (CR LF) is read as a newline, a lone CR is refused.
 */
final class PlainTextDeserializer extends StdScalarDeserializer<String> {

    PlainTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            throw new RejectedValueException(parser, String.class, "must be a string", InputBounds.CODE_WRONG_TYPE);
        }
        String text = parser.getText().replace("\r\n", "\n");
        // Counted in characters (code points), as JSON Schema's maxLength counts them, not in UTF-16 units.
        if (text.length() > InputBounds.MAX_TEXT_LENGTH && text.codePointCount(0, text.length()) > InputBounds.MAX_TEXT_LENGTH) {
            throw new RejectedValueException(parser, String.class, InputBounds.tooLongMessage(), InputBounds.CODE_TOO_LONG);
        }
        if (InputBounds.hasControlCharacter(text)) {
            throw new RejectedValueException(parser, String.class, InputBounds.controlCharacterMessage(), InputBounds.CODE_CONTROL_CHARACTER);
        }
        return text;
    }
}
