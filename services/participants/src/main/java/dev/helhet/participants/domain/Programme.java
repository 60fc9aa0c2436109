package dev.helhet.participants.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.careaccess.InformationCategory;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** The follow-up programmes a person can be enrolled in. */
public enum Programme implements CodedEnum {
    /** The introduction programme for newly settled refugees. */
    INTRODUCTION_PROGRAMME("introduction-programme"),
    /** Follow-up of young people (13-30) outside education and work. */
    YOUTH_FOLLOW_UP("youth-follow-up"),
    /** Close follow-up of long-term recipients of social assistance. */
    SOCIAL_ASSISTANCE_FOLLOW_UP("social-assistance-follow-up"),
    /** Any other programme. */
    OTHER("other");

    private final String code;

    Programme(String code) {
        this.code = code;
    }

    /** The kind of information an enrolment in this programme is: what a consent must open to show it. */
    public InformationCategory category() {
        return switch (this) {
            case INTRODUCTION_PROGRAMME, YOUTH_FOLLOW_UP -> InformationCategory.EDUCATION;
            case SOCIAL_ASSISTANCE_FOLLOW_UP -> InformationCategory.ECONOMY;
            case OTHER -> InformationCategory.BASIC;
        };
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<Programme> {
        public DatabaseCode() {
            super(Programme.class);
        }
    }
}
