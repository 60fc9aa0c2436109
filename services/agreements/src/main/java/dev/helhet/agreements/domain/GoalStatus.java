package dev.helhet.agreements.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

import java.util.Set;

/** Where a goal stands: proposed, then active, then achieved, not achieved or cancelled (a proposal may be cancelled too). */
public enum GoalStatus implements CodedEnum {
    PROPOSED("proposed"), ACTIVE("active"), ACHIEVED("achieved"), NOT_ACHIEVED("not-achieved"), CANCELLED("cancelled");

    private final String code;

    GoalStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Whether a goal in this status may move to {@code next}; staying where it is is always allowed. */
    public boolean mayBecome(GoalStatus next) {
        if (next == this) {
            return true;
        }
        return switch (this) {
            case PROPOSED -> Set.of(ACTIVE, CANCELLED).contains(next);
            case ACTIVE -> Set.of(ACHIEVED, NOT_ACHIEVED, CANCELLED).contains(next);
            case ACHIEVED, NOT_ACHIEVED, CANCELLED -> false;
        };
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<GoalStatus> {
        public DatabaseCode() {
            super(GoalStatus.class);
        }
    }
}
