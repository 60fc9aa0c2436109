package dev.helhet.participants.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Why a programme ended; mandatory, as the outcome statistics depend on it. */
public enum EndReason implements CodedEnum {
    WORK("work"),
    EDUCATION("education"),
    WORK_AND_EDUCATION("work-and-education"),
    OTHER_PROGRAMME("other-programme"),
    MOVED("moved"),
    HEALTH("health"),
    PARENTAL_LEAVE("parental-leave"),
    OTHER("other");

    private final String code;

    EndReason(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<EndReason> {
        public DatabaseCode() {
            super(EndReason.class);
        }
    }
}
