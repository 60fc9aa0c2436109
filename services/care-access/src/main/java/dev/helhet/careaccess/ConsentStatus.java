package dev.helhet.careaccess;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Where a consent stands (after FHIR Consent). */
public enum ConsentStatus implements CodedEnum {
    ACTIVE("active"),
    REVOKED("revoked"),
    /** Past its valid-to. */
    EXPIRED("expired");

    private final String code;

    ConsentStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<ConsentStatus> {
        public DatabaseCode() {
            super(ConsentStatus.class);
        }
    }
}
