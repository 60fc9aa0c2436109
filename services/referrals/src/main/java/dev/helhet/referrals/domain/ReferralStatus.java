package dev.helhet.referrals.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Where a referral stands, after the FHIR Task statuses of a closed-loop referral. */
public enum ReferralStatus implements CodedEnum {
    /** Written, not sent: only the sender's side knows it. */
    DRAFT("draft"),
    /** Sent; waiting for the receiving service's answer. */
    REQUESTED("requested"),
    ACCEPTED("accepted"),
    REJECTED("rejected"),
    IN_PROGRESS("in-progress"),
    /** Paused by the receiver after accepting (waiting list, the person away); resumes where it was. */
    ON_HOLD("on-hold"),
    COMPLETED("completed"),
    FAILED("failed"),
    CANCELLED("cancelled");

    private final String code;

    ReferralStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Nothing more happens to it. */
    public boolean closed() {
        return this == REJECTED || this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    /** The receiving service has taken it on and not finished. */
    public boolean takenOn() {
        return this == ACCEPTED || this == IN_PROGRESS || this == ON_HOLD;
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<ReferralStatus> {
        public DatabaseCode() {
            super(ReferralStatus.class);
        }
    }
}
