package dev.helhet.agreements.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

import java.util.Set;

/** Where an agreed action stands: planned, in progress, then done or cancelled (a planned one may be cancelled too). */
public enum ActionStatus implements CodedEnum {
    PLANNED("planned"), IN_PROGRESS("in-progress"), DONE("done"), CANCELLED("cancelled");

    private final String code;

    ActionStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Whether an action in this status may move to {@code next}; staying is always allowed. */
    public boolean mayBecome(ActionStatus next) {
        if (next == this) {
            return true;
        }
        return switch (this) {
            case PLANNED -> Set.of(IN_PROGRESS, DONE, CANCELLED).contains(next);
            case IN_PROGRESS -> Set.of(DONE, CANCELLED).contains(next);
            case DONE, CANCELLED -> false;
        };
    }

    /** Still to be done. */
    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<ActionStatus> {
        public DatabaseCode() {
            super(ActionStatus.class);
        }
    }
}
