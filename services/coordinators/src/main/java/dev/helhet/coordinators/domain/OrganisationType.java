package dev.helhet.coordinators.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** The kinds of service that work together around a person. */
public enum OrganisationType implements CodedEnum {
    /** Refugee service / integration unit. */
    REFUGEE_SERVICE("refugee-service"),
    /** Adult education, language training, SFI. */
    ADULT_EDUCATION("adult-education"),
    /** NAV office (labour and welfare). */
    NAV_OFFICE("nav-office"),
    /** Health services: school nurse, GP, psychologist, mental health. */
    HEALTH_SERVICE("health-service"),
    /** School. */
    SCHOOL("school"),
    /** Child welfare. */
    CHILD_WELFARE("child-welfare"),
    /** Housing services. */
    HOUSING("housing"),
    /** Volunteer centre or organisation. */
    VOLUNTEER_CENTRE("volunteer-centre"),
    /** Any other service. */
    OTHER("other");

    private final String code;

    OrganisationType(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<OrganisationType> {
        public DatabaseCode() {
            super(OrganisationType.class);
        }
    }
}
