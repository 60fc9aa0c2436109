package dev.helhet.referrals.domain;

/** What comes with a step: a reason code (reject, fail), an outcome code (complete), and words. Codes as sent; checked per step. */
public record StepDetails(String reason, String outcome, String note) {

    public static final StepDetails NONE = new StepDetails(null, null, null);
}
