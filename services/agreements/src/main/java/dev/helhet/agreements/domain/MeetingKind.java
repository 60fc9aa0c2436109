package dev.helhet.agreements.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** What a meeting is for: the team meeting with the person, a follow-up, a transition (turning 18, the programme's end, moving), or an internal coordination meeting without the person. */
public enum MeetingKind implements CodedEnum {
    TEAM_MEETING("team-meeting"), FOLLOW_UP("follow-up"), TRANSITION_18("transition-18"),
    TRANSITION_PROGRAMME_END("transition-programme-end"), TRANSITION_MOVING("transition-moving"), INTERNAL("internal");

    private final String code;

    MeetingKind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Whether the person takes part: every kind but the internal coordination meeting. */
    public boolean withPerson() {
        return this != INTERNAL;
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<MeetingKind> {
        public DatabaseCode() {
            super(MeetingKind.class);
        }
    }
}
