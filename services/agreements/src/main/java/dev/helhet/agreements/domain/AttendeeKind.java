package dev.helhet.agreements.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Who sits at the table: a professional on the team, the person, the network person, or an interpreter. */
public enum AttendeeKind implements CodedEnum {
    TEAM_MEMBER("team-member"), PERSON("person"), NETWORK_PERSON("network-person"), INTERPRETER("interpreter");

    private final String code;

    AttendeeKind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Whether the attendee is named by an id (a professional or the network person). */
    public boolean named() {
        return this == TEAM_MEMBER || this == NETWORK_PERSON;
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<AttendeeKind> {
        public DatabaseCode() {
            super(AttendeeKind.class);
        }
    }
}
