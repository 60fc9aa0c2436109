package dev.helhet.contracts.referrals;

import dev.helhet.contracts.IntegrationEvent;

import java.time.LocalDate;
import java.util.UUID;

/** A transition must be prepared by a date: a referral (or meeting) is due on the person's coordinator's caseload; sent again with a new date when the programme's end moves. */
public record TransitionDue(
        UUID taskId,
        UUID participantId,
        String rule,
        LocalDate dueDate) implements IntegrationEvent {
}
