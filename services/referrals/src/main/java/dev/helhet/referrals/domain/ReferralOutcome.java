package dev.helhet.referrals.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** What the receiving service reports back to the sender when it has delivered the service. */
public enum ReferralOutcome implements CodedEnum {
    DELIVERED("delivered"), PARTLY_DELIVERED("partly-delivered"), CONTINUED_ELSEWHERE("continued-elsewhere");

    private final String code;

    ReferralOutcome(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<ReferralOutcome> {
        public DatabaseCode() {
            super(ReferralOutcome.class);
        }
    }
}
