package dev.helhet.agreements.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Where a meeting stands: scheduled, then held or cancelled. */
public enum MeetingStatus implements CodedEnum {
    SCHEDULED("scheduled"), HELD("held"), CANCELLED("cancelled");

    private final String code;

    MeetingStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Whether a meeting in this status may move to {@code next}; staying is always allowed. */
    public boolean mayBecome(MeetingStatus next) {
        return next == this || this == SCHEDULED;
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<MeetingStatus> {
        public DatabaseCode() {
            super(MeetingStatus.class);
        }
    }
}
