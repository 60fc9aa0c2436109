package dev.helhet.agreements.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Who carries out an action: the person themself, a professional on the team, an organisation, or the network person. */
public enum Responsible implements CodedEnum {
    PERSON("person"), TEAM_MEMBER("team-member"), ORGANISATION("organisation"), NETWORK_PERSON("network-person");

    private final String code;

    Responsible(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<Responsible> {
        public DatabaseCode() {
            super(Responsible.class);
        }
    }
}
