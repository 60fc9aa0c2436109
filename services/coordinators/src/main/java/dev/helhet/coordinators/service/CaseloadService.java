package dev.helhet.coordinators.service;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.helhet.common.audit.AccessAudit;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.persistence.CodedEnum;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.time.NordicTime;
import dev.helhet.coordinators.repository.ProfessionalAbsenceRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * "My people": the persons a coordinator is responsible for (and, while a colleague is away, the
 * colleague's people for their deputy), with the flags that matter in daily work; and for a team
 * lead, the people of the municipality who have no coordinator yet. One SQL query each over the
 * service's own projections, so the answer stays fast with tens of thousands of people.
 */
@ApplicationScoped
public class CaseloadService {

    /** Why a person needs attention; travels as its code. */
    @Schema(name = "CaseloadFlag")
    public enum Flag implements CodedEnum {
        NO_COORDINATOR("no-coordinator"),
        NO_RECENT_TEAM_MEETING("no-recent-team-meeting"),
        ACTION_OVERDUE("action-overdue"),
        PROGRAMME_ENDING("programme-ending"),
        CONSENT_EXPIRING("consent-expiring"),
        SUSPENDED_TEAM_MEMBERS("suspended-team-members"),
        FOLLOW_UP_ENDED("follow-up-ended"),
        /** A transition the municipality's rules ask for is due (a referral to prepare, e.g. NAV before the programme ends). */
        TRANSITION_DUE("transition-due"),
        /** A transition is past its date and not met. */
        TRANSITION_LATE("transition-late");

        public final String code;

        Flag(String code) {
            this.code = code;
        }

        @Override
        @JsonValue
        public String code() {
            return code;
        }
    }

    /** How near is near: the caller may narrow or widen each. */
    public record Thresholds(int programmeEndingMonths, int consentExpiringDays, int noMeetingWeeks) {
    }

    /** One person on a caseload. */
    public record Entry(UUID participantId, UUID coordinatorId, UUID coveringFor, String status, Instant registeredAt,
                        LocalDate nextProgrammeEnd, Instant nextConsentExpiry, Instant lastTeamMeetingAt, LocalDate nextTransitionDue,
                        List<Flag> flags) {
    }

    private static final String FIGURES = """
            (select m.last_held_at from team_meeting_held m where m.participant_id = p.participant_id) as last_team_meeting_at,
            (select min(pp.planned_end_date) from participant_programme pp
              where pp.participant_id = p.participant_id and not pp.ended) as next_programme_end,
            (select min(c.valid_to) from care_consent c
              where c.participant_id = p.participant_id and c.status = 'active' and c.valid_to > $%d) as next_consent_expiry,
            (select count(*) from team_member t
              where t.participant_id = p.participant_id and t.left_at is null and t.suspended_at is not null) as suspended_members,
            (select count(*) from planned_action pa
              where pa.participant_id = p.participant_id and pa.status in ('planned', 'in-progress') and pa.due_date < $%d) as overdue_actions,
            (select min(tt.due_date) from transition_task tt
              where tt.participant_id = p.participant_id and tt.status = 'due') as next_transition_due""";

    private final Pool pool;
    private final AccessAudit audit;
    private final Professionals professionals;
    private final ProfessionalAbsenceRepository absences;
    private final Clock clock;

    public CaseloadService(Pool pool, AccessAudit audit, Professionals professionals, ProfessionalAbsenceRepository absences,
                           Clock clock) {
        this.pool = pool;
        this.audit = audit;
        this.professionals = professionals;
        this.absences = absences;
        this.clock = clock;
    }

    /**
     * The caller's own people, and those of colleagues they deputise for today; each one on the page is logged. A caseload
     * is a few dozen people, so it is read whole and paged here.
     */
    @WithTransaction
    public Uni<Page<Entry>> mine(Caller caller, Thresholds thresholds, PageRequest paging) {
        LocalDate today = NordicTime.today(clock);
        return professionals.caller(caller).flatMap(me -> absences.coveredBy(me.id, today).flatMap(covered -> {
            Set<UUID> absentColleagues = new HashSet<>();
            covered.forEach(absence -> absentColleagues.add(absence.professionalId));
            List<UUID> coordinators = new ArrayList<>(absentColleagues);
            coordinators.add(me.id);
            Instant now = clock.instant();
            String sql = "select a.professional_id, p.participant_id, p.status, p.registered_at, p.meetings_counted_from, "
                    + FIGURES.formatted(3, 4) + """

                      from coordinator_assignment a
                      join participant_ref p on p.participant_id = a.participant_id
                     where a.ended_at is null and a.professional_id = any($1) and a.municipality_id = $2
                     order by p.registered_at desc, p.participant_id""";
            return pool.preparedQuery(sql)
                    .execute(Tuple.of(coordinators.toArray(UUID[]::new), caller.municipalityId(), utc(now), today))
                    .map(rows -> {
                        List<Entry> entries = new ArrayList<>();
                        for (Row row : rows) {
                            UUID coordinator = row.getUUID("professional_id");
                            entries.add(entry(row, coordinator, absentColleagues.contains(coordinator) ? coordinator : null,
                                    thresholds, now, today));
                        }
                        return Page.of(entries, paging);
                    })
                    .call(page -> logged(caller, page.items(), "caseload"));
        }));
    }

    /** People of the municipality who have no coordinator, oldest first: the team lead's queue; each one shown is logged. */
    @WithTransaction
    public Uni<Page<Entry>> unassigned(Caller caller, Thresholds thresholds, PageRequest paging) {
        Instant now = clock.instant();
        LocalDate today = NordicTime.today(clock);
        String where = """
                 from participant_ref p
                where p.municipality_id = $1 and p.status = 'active'
                  and not exists (select 1 from coordinator_assignment a where a.participant_id = p.participant_id and a.ended_at is null)""";
        String sql = "select p.participant_id, p.status, p.registered_at, p.meetings_counted_from, " + FIGURES.formatted(2, 5) + where
                + " order by p.registered_at, p.participant_id limit $3 offset $4";
        return pool.preparedQuery(sql).execute(Tuple.of(caller.municipalityId(), utc(now), paging.size(), (int) paging.offset(), today))
                .flatMap(rows -> pool.preparedQuery("select count(*) as total" + where).execute(Tuple.of(caller.municipalityId()))
                        .map(count -> {
                            List<Entry> entries = new ArrayList<>();
                            for (Row row : rows) {
                                entries.add(entry(row, null, null, thresholds, now, today));
                            }
                            return new Page<>(entries, paging.page(), paging.size(), count.iterator().next().getLong("total"));
                        }))
                .call(found -> logged(caller, found.items(), "unassigned-queue"));
    }

    /** A list shows each person to the caller: one access-log entry per person (docs/adr/0017). */
    private Uni<Void> logged(Caller caller, List<Entry> shown, String list) {
        return audit.listed(caller, caller.municipalityId(), shown.stream().map(Entry::participantId).toList(), list);
    }

    private Entry entry(Row row, UUID coordinator, UUID coveringFor, Thresholds thresholds, Instant now, LocalDate today) {
        LocalDate programmeEnd = row.getLocalDate("next_programme_end");
        OffsetDateTime consentExpiry = row.getOffsetDateTime("next_consent_expiry");
        OffsetDateTime lastMeeting = row.getOffsetDateTime("last_team_meeting_at");
        String status = row.getString("status");
        List<Flag> flags = new ArrayList<>();
        if (coordinator == null) {
            flags.add(Flag.NO_COORDINATOR);
        }
        boolean active = "active".equals(status);
        if (!active) {
            flags.add(Flag.FOLLOW_UP_ENDED);
        }
        // Counted from the last meeting held with the person, or from their registration when there has been none yet;
        // a follow-up that has ended has no meetings or actions to chase.
        Instant sinceMeeting = lastMeeting != null ? lastMeeting.toInstant() : row.getOffsetDateTime("meetings_counted_from").toInstant();
        if (active && thresholds.noMeetingWeeks() > 0
                && sinceMeeting.isBefore(now.minusSeconds(thresholds.noMeetingWeeks() * 7L * 24 * 3600))) {
            flags.add(Flag.NO_RECENT_TEAM_MEETING);
        }
        if (active && row.getLong("overdue_actions") > 0) {
            flags.add(Flag.ACTION_OVERDUE);
        }
        if (programmeEnd != null && !programmeEnd.isAfter(today.plusMonths(thresholds.programmeEndingMonths()))) {
            flags.add(Flag.PROGRAMME_ENDING);
        }
        if (consentExpiry != null && !consentExpiry.toInstant().isAfter(now.plusSeconds(thresholds.consentExpiringDays() * 24L * 3600))) {
            flags.add(Flag.CONSENT_EXPIRING);
        }
        if (row.getLong("suspended_members") > 0) {
            flags.add(Flag.SUSPENDED_TEAM_MEMBERS);
        }
        LocalDate transitionDue = row.getLocalDate("next_transition_due");
        // Late once past its date; due from as far ahead as a programme's end is flagged (not for the whole programme).
        if (active && transitionDue != null && today.isAfter(transitionDue)) {
            flags.add(Flag.TRANSITION_LATE);
        } else if (active && transitionDue != null && !transitionDue.isAfter(today.plusMonths(thresholds.programmeEndingMonths()))) {
            flags.add(Flag.TRANSITION_DUE);
        }
        return new Entry(row.getUUID("participant_id"), coordinator, coveringFor, status,
                row.getOffsetDateTime("registered_at").toInstant(), programmeEnd,
                consentExpiry == null ? null : consentExpiry.toInstant(), lastMeeting == null ? null : lastMeeting.toInstant(), transitionDue, flags);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
