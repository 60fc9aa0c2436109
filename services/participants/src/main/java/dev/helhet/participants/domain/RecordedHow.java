package dev.helhet.participants.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** How a consent was given. */
public enum RecordedHow implements CodedEnum {
    SIGNED_FORM("signed-form"),
    VERBAL("verbal"),
    /** Given by the person themself, signed in. */
    DIGITAL("digital");

    private final String code;

    RecordedHow(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<RecordedHow> {
        public DatabaseCode() {
            super(RecordedHow.class);
        }
    }
}
