package dev.helhet.referrals.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.persistence.CodedEnumConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.helhet.referrals.domain.ReferralStatus.ACCEPTED;
import static dev.helhet.referrals.domain.ReferralStatus.CANCELLED;
import static dev.helhet.referrals.domain.ReferralStatus.COMPLETED;
import static dev.helhet.referrals.domain.ReferralStatus.DRAFT;
import static dev.helhet.referrals.domain.ReferralStatus.FAILED;
import static dev.helhet.referrals.domain.ReferralStatus.IN_PROGRESS;
import static dev.helhet.referrals.domain.ReferralStatus.ON_HOLD;
import static dev.helhet.referrals.domain.ReferralStatus.REJECTED;
import static dev.helhet.referrals.domain.ReferralStatus.REQUESTED;

/**
 * The lifecycle of a referral in one place: each step, which side takes it, from which statuses, to which status.
 * The sender sends and cancels; the receiving service answers, carries out and reports back.
 */
public enum ReferralStep implements CodedEnum {
    /** Made (as a draft, or sent at once). */
    CREATE("create", Side.SENDER, EnumSet.noneOf(ReferralStatus.class), DRAFT),
    REQUEST("request", Side.SENDER, EnumSet.of(DRAFT), REQUESTED),
    ACCEPT("accept", Side.RECEIVER, EnumSet.of(REQUESTED), ACCEPTED),
    REJECT("reject", Side.RECEIVER, EnumSet.of(REQUESTED), REJECTED),
    START("start", Side.RECEIVER, EnumSet.of(ACCEPTED), IN_PROGRESS),
    HOLD("hold", Side.RECEIVER, EnumSet.of(ACCEPTED, IN_PROGRESS), ON_HOLD),
    /** Back to the status it was held from. */
    RESUME("resume", Side.RECEIVER, EnumSet.of(ON_HOLD), null),
    COMPLETE("complete", Side.RECEIVER, EnumSet.of(IN_PROGRESS), COMPLETED),
    FAIL("fail", Side.RECEIVER, EnumSet.of(ACCEPTED, IN_PROGRESS, ON_HOLD), FAILED),
    CANCEL("cancel", Side.SENDER, EnumSet.of(DRAFT, REQUESTED, ACCEPTED, IN_PROGRESS, ON_HOLD), CANCELLED);

    /** Who takes a step: the sending side (whoever keeps the person's case) or the receiving service. */
    public enum Side { SENDER, RECEIVER }

    private final String code;
    private final Side side;
    private final Set<ReferralStatus> from;
    private final ReferralStatus to;

    ReferralStep(String code, Side side, Set<ReferralStatus> from, ReferralStatus to) {
        this.code = code;
        this.side = side;
        this.from = from;
        this.to = to;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public Side side() {
        return side;
    }

    /** Whether the step may be taken from this status. */
    public boolean allowedFrom(ReferralStatus status) {
        return from.contains(status);
    }

    /** The status it leads to; for {@link #RESUME} the status the referral was held from. */
    public ReferralStatus to(ReferralStatus heldFrom) {
        return this == RESUME ? heldFrom : to;
    }

    /** The steps this side may take from this status, in lifecycle order. */
    public static List<ReferralStep> allowed(ReferralStatus status, Side side) {
        return Arrays.stream(values()).filter(step -> step.side == side && step.allowedFrom(status)).toList();
    }

    /** Stores the code. */
    @Converter(autoApply = true)
    public static class DatabaseCode extends CodedEnumConverter<ReferralStep> {
        public DatabaseCode() {
            super(ReferralStep.class);
        }
    }
}
