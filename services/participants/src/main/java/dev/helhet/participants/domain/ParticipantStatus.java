package dev.helhet.participants.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Where the person stands in this municipality. */
public enum ParticipantStatus implements CodedEnum {
    /** Followed up here. */
    ACTIVE("active"),
    /** Moved to another municipality. */
    MOVED("moved"),
    /** Follow-up ended. */
    CLOSED("closed");

    private final String code;

    ParticipantStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<ParticipantStatus> {
        public DatabaseCode() {
            super(ParticipantStatus.class);
        }
    }
}
