package dev.helhet.notifications.domain;

import java.util.Arrays;
import java.util.Optional;

/** The public catalogue of webhook event types, each with the rule a partner client must meet to be sent it (ADR 0042). */
public enum WebhookEventType {

    REFERRAL_REQUESTED("referral.requested", Rule.ADDRESSED_TO_ITS_ORGANISATION, "referral"),
    REFERRAL_ANSWERED("referral.answered", Rule.ADDRESSED_TO_ITS_ORGANISATION, "referral"),
    REFERRAL_CLOSED("referral.closed", Rule.ADDRESSED_TO_ITS_ORGANISATION, "referral"),
    TRANSITION_DUE("transition.due", Rule.NAV_INTEGRATION, "participant"),
    PARTICIPANT_REGISTERED("participant.registered", Rule.ANY_PARTNER, "participant"),
    PARTICIPANT_MOVED("participant.moved", Rule.ANY_PARTNER, "participant");

    /** What a partner client must be to see an event type. */
    public enum Rule {
        /** Only referrals addressed to the organisation the client is registered for. */
        ADDRESSED_TO_ITS_ORGANISATION,
        /** Only clients with the {@code nav-integration} client role. */
        NAV_INTEGRATION,
        /** Any partner client: the same partners may list the municipality's participants. */
        ANY_PARTNER
    }

    private final String code;
    private final Rule rule;
    private final String subjectKind;

    WebhookEventType(String code, Rule rule, String subjectKind) {
        this.code = code;
        this.rule = rule;
        this.subjectKind = subjectKind;
    }

    public String code() {
        return code;
    }

    public Rule rule() {
        return rule;
    }

    /** What the event's subject id identifies, so the partner knows which API to read it from. */
    public String subjectKind() {
        return subjectKind;
    }

    public static Optional<WebhookEventType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
