package dev.helhet.agreements.rest.paper;

import dev.helhet.agreements.domain.AttendeeKind;
import dev.helhet.agreements.domain.Meeting;
import dev.helhet.agreements.domain.MeetingAttendee;
import dev.helhet.agreements.domain.MeetingStatus;
import dev.helhet.agreements.service.MeetingService.MeetingView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting on paper: before it is held, the notice and agenda (time, place, who comes, the roles agreed); once held, the
 * minutes with the decisions, and lines for the chair and the person to sign.
 */
public final class MeetingSheet {

    private MeetingSheet() {
    }

    public static byte[] render(MeetingView view, boolean withMinutes, PaperLanguage language, Instant printedAt) {
        Meeting meeting = view.meeting();
        boolean minutes = withMinutes && meeting.status == MeetingStatus.HELD;
        try (PaperWriter paper = new PaperWriter()) {
            paper.title(language.text(minutes ? "meeting.minutes" : "meeting.agenda"))
                    .subtitle(language.text("kind." + meeting.kind.code()));
            paper.paragraph(language.text("meeting.when", language.dateTime(meeting.startsAt)));
            if (meeting.place != null) {
                paper.paragraph(language.text("meeting.where", meeting.place));
            }
            if (meeting.videoLink != null) {
                paper.paragraph(language.text("meeting.video", meeting.videoLink));
            }
            paper.paragraph(language.text("meeting.status", language.text("status." + meeting.status.code())));
            if (!meeting.kind.withPerson()) {
                paper.paragraph(language.text("meeting.internal"));
            }
            paper.heading(language.text("meeting.attendees"));
            for (MeetingAttendee attendee : view.attendees()) {
                paper.bullet(attendee.kind == AttendeeKind.INTERPRETER ? language.text("attendee.interpreter", attendee.language)
                        : language.text("attendee." + attendee.kind.code()));
            }
            List<String> roles = new ArrayList<>();
            if (meeting.chairId != null) {
                roles.add(language.text("role.assigned", language.text("role.chair")));
            }
            if (meeting.minuteTakerId != null) {
                roles.add(language.text("role.assigned", language.text("role.minuteTaker")));
            }
            if (meeting.interviewerId != null) {
                roles.add(language.text("role.assigned", language.text("role.interviewer")));
            }
            if (!roles.isEmpty()) {
                paper.heading(language.text("meeting.roles"));
                roles.forEach(paper::bullet);
            }
            paper.heading(language.text("meeting.agendaHeading"));
            if (meeting.agenda.length == 0) {
                paper.paragraph(language.text("plan.none"));
            }
            for (int i = 0; i < meeting.agenda.length; i++) {
                paper.paragraph((i + 1) + ". " + meeting.agenda[i]);
            }
            if (minutes) {
                paper.heading(language.text("meeting.minutes"))
                        .paragraph(meeting.minutes == null ? language.text("meeting.noMinutes") : meeting.minutes);
                paper.heading(language.text("meeting.decisions"));
                if (view.decisions().isEmpty()) {
                    paper.paragraph(language.text("plan.none"));
                }
                PlanSheet.actions(paper, view.decisions(), language);
                List<String> signers = meeting.kind.withPerson() ? List.of(language.text("role.chair"), language.text("sign.person"))
                        : List.of(language.text("role.chair"));
                paper.space(12).signatures(signers, language.text("sign.date"));
            }
            return paper.finish(language.text("footer", language.dateTime(printedAt)), (page, of) -> language.text("page", page, of));
        }
    }
}
