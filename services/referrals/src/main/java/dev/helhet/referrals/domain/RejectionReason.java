package dev.helhet.referrals.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Why the receiving service said no (required on a rejection; statistics counts them). */
public enum RejectionReason implements CodedEnum {
    NO_CAPACITY("no-capacity"), NOT_ELIGIBLE("not-eligible"), WRONG_SERVICE("wrong-service"), DECLINED_BY_PERSON("declined-by-person"), ALREADY_SERVED("already-served"), OTHER("other");

    private final String code;

    RejectionReason(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<RejectionReason> {
        public DatabaseCode() {
            super(RejectionReason.class);
        }
    }
}
