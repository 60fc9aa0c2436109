package dev.helhet.careaccess;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** The parts of a life a goal or a service is about (the areas the individual plans of the Nordic programmes use). */
public enum LifeArea implements CodedEnum {
    WORK("work"), EDUCATION("education"), LANGUAGE("language"), HEALTH("health"), HOUSING("housing"), ECONOMY("economy"),
    FAMILY("family"), NETWORK("network"), LEISURE("leisure");

    private final String code;

    LifeArea(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<LifeArea> {
        public DatabaseCode() {
            super(LifeArea.class);
        }
    }
}
