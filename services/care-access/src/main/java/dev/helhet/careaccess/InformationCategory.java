package dev.helhet.careaccess;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Kinds of information a consent can open to another service. */
public enum InformationCategory implements CodedEnum {
    /** Identity, contact, programmes, team. */
    BASIC("basic"),
    /** Goals, actions and meetings. */
    PLAN("plan"),
    /** Health information. */
    HEALTH("health"),
    /** Income, benefits, debt. */
    ECONOMY("economy"),
    /** School, language training, qualifications. */
    EDUCATION("education"),
    /** Child-welfare information. */
    CHILD_WELFARE("child-welfare"),
    /** Housing situation. */
    HOUSING("housing");

    private final String code;

    InformationCategory(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<InformationCategory> {
        public DatabaseCode() {
            super(InformationCategory.class);
        }
    }
}
