package dev.helhet.referrals.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Why the receiving service could not deliver, reported back to the sender. */
public enum FailureReason implements CodedEnum {
    DID_NOT_ATTEND("did-not-attend"), DECLINED_BY_PERSON("declined-by-person"), COULD_NOT_DELIVER("could-not-deliver"), MOVED("moved"), OTHER("other");

    private final String code;

    FailureReason(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<FailureReason> {
        public DatabaseCode() {
            super(FailureReason.class);
        }
    }
}
