package dev.helhet.statistics.domain;

import dev.helhet.common.persistence.CodedEnum;

import java.util.List;

import static dev.helhet.statistics.domain.Measure.count;
import static dev.helhet.statistics.domain.Measure.days;
import static dev.helhet.statistics.domain.Measure.distinctCount;
import static dev.helhet.statistics.domain.Measure.ratio;
import static dev.helhet.statistics.domain.Measure.share;

/**
 * The indicators, each defined once here and in words in docs/statistics.md. Each one is a set of units (SQL over
 * the facts, one row per thing counted: a programme ending, a referral, a goal) with the date that decides its
 * period, the person's programme and age band, and its own attribute; its measures aggregate the units.
 *
 * <p>Only facts of events before {@code as_of} count: a figure published for a closed quarter is the figure as it stood
 * at the quarter's end, so reading it again later (after a goal was achieved, a late answer came) gives it unchanged.
 *
 * <p>Units see the CTEs of {@link #COMMON}: {@code params} (municipalities $1, period $2..$3, as_of $4, weeks $5, the
 * time a figure as of now is taken at $6),
 * {@code people} (first registration per person and municipality, with the age band), {@code programmes} (her
 * latest enrolment's programme), {@code active} (people whose last word in the municipality is a registration) and
 * {@code assignments} (coordinator assignments, with whether each has ended, by unassignment or handover).
 */
public enum Indicator implements CodedEnum {

    PROGRAMME_OUTCOMES("programme-outcomes", false, Dimension.OUTCOME, """
            select e.municipality_id, e.end_date as period, e.programme, pe.age_band, e.outcome as detail
              from (select distinct on (f.subject_id) f.municipality_id, f.participant_id, f.programme, f.end_date,
                           case when f.reason in ('work', 'work-and-education') then 'work'
                                when f.reason = 'education' then 'education'
                                when f.reason in ('other-programme', 'health', 'parental-leave') then 'neither'
                                when f.reason = 'moved' then 'moved'
                                else 'other' end as outcome
                      from fact f, params p
                     where f.occurred_at < p.as_of and f.event_type = 'ProgrammeEnded' and f.subject_id is not null and f.municipality_id = any(p.municipalities)
                     order by f.subject_id, f.occurred_at desc, f.event_id desc) e
              left join people pe on pe.participant_id = e.participant_id and pe.municipality_id = e.municipality_id""",
            List.of(count("ended", "count(*)"),
                    count("work", "count(*) filter (where u.detail = 'work')"),
                    count("education", "count(*) filter (where u.detail = 'education')"),
                    count("neither", "count(*) filter (where u.detail = 'neither')"),
                    count("moved", "count(*) filter (where u.detail = 'moved')"),
                    count("other", "count(*) filter (where u.detail = 'other')"),
                    share("workOrEducationShare", List.of("work", "education"), "ended")),
            List.of(List.of("ended", "work", "education", "neither", "moved", "other"))),

    COORDINATOR_COVERAGE("coordinator-coverage", true, null, """
            select a.municipality_id, null::date as period, pr.programme, pe.age_band, null::text as detail, c.professional_id
              from active a
              left join people pe on pe.participant_id = a.participant_id and pe.municipality_id = a.municipality_id
              left join programmes pr on pr.participant_id = a.participant_id
              left join lateral (select s.professional_id from assignments s
                                  where s.participant_id = a.participant_id and s.municipality_id = a.municipality_id and not s.ended
                                  order by s.occurred_at desc, s.subject_id limit 1) c on true""",
            List.of(count("active", "count(*)"),
                    count("withCoordinator", "count(u.professional_id)"),
                    count("withoutCoordinator", "count(*) filter (where u.professional_id is null)"),
                    distinctCount("coordinators", "count(distinct u.professional_id)"),
                    share("coverageShare", List.of("withCoordinator"), "active"),
                    ratio("peoplePerCoordinator", "withCoordinator", "coordinators")),
            List.of(List.of("active", "withCoordinator", "withoutCoordinator"))),

    TIME_TO_COORDINATOR("time-to-coordinator", false, null, """
            select pe.municipality_id, (fa.first_at at time zone 'Europe/Oslo')::date as period, pr.programme, pe.age_band,
                   null::text as detail, greatest(0, extract(epoch from fa.first_at - pe.registered_at) / 86400.0) as days
              from people pe
              join (select s.participant_id, s.municipality_id, min(s.occurred_at) as first_at from assignments s group by 1, 2) fa
                on fa.participant_id = pe.participant_id and fa.municipality_id = pe.municipality_id
              left join programmes pr on pr.participant_id = pe.participant_id""",
            List.of(count("assigned", "count(*)"),
                    days("medianDays", "percentile_cont(0.5) within group (order by u.days)", "assigned"),
                    days("p90Days", "percentile_cont(0.9) within group (order by u.days)", "assigned")),
            List.of()),

    TIME_TO_FIRST_MEETING("time-to-first-meeting", false, null, """
            select pe.municipality_id, (fm.first_at at time zone 'Europe/Oslo')::date as period, pr.programme, pe.age_band,
                   null::text as detail, greatest(0, extract(epoch from fm.first_at - pe.registered_at) / 86400.0) as days
              from people pe
              join (select f.participant_id, f.municipality_id, min(f.held_at) as first_at
                      from fact f, params p
                     where f.occurred_at < p.as_of and f.event_type = 'MeetingHeld' and f.kind = 'team-meeting' and f.municipality_id = any(p.municipalities)
                     group by 1, 2) fm
                on fm.participant_id = pe.participant_id and fm.municipality_id = pe.municipality_id
              left join programmes pr on pr.participant_id = pe.participant_id""",
            List.of(count("people", "count(*)"),
                    days("medianDays", "percentile_cont(0.5) within group (order by u.days)", "people"),
                    days("p90Days", "percentile_cont(0.9) within group (order by u.days)", "people")),
            List.of()),

    RECENT_MEETINGS("recent-meetings", true, null, """
            select a.municipality_id, null::date as period, pr.programme, pe.age_band, null::text as detail,
                   exists (select 1 from fact m, params p
                            where m.occurred_at < p.as_of and m.event_type = 'MeetingHeld' and m.participant_id = a.participant_id
                              and m.municipality_id = a.municipality_id and m.kind <> 'internal'
                              and m.held_at >= p.taken_at - make_interval(weeks => p.weeks) and m.held_at < p.taken_at) as recent
              from active a
              left join people pe on pe.participant_id = a.participant_id and pe.municipality_id = a.municipality_id
              left join programmes pr on pr.participant_id = a.participant_id""",
            List.of(count("active", "count(*)"),
                    count("withRecentMeeting", "count(*) filter (where u.recent)"),
                    count("withoutRecentMeeting", "count(*) filter (where not u.recent)"),
                    share("recentMeetingShare", List.of("withRecentMeeting"), "active")),
            List.of(List.of("active", "withRecentMeeting", "withoutRecentMeeting"))),

    MEETING_ATTENDANCE("meeting-attendance", false, Dimension.KIND, """
            select m.municipality_id, (m.held_at at time zone 'Europe/Oslo')::date as period, pr.programme, pe.age_band,
                   m.kind as detail, coalesce(m.with_person, false) as with_person,
                   coalesce(m.with_network_person, false) as with_network_person
              from (select distinct on (f.subject_id) f.* from fact f, params p
                     where f.occurred_at < p.as_of and f.event_type = 'MeetingHeld' and f.subject_id is not null and f.municipality_id = any(p.municipalities)
                     order by f.subject_id, f.occurred_at desc, f.event_id desc) m
              left join people pe on pe.participant_id = m.participant_id and pe.municipality_id = m.municipality_id
              left join programmes pr on pr.participant_id = m.participant_id""",
            List.of(count("held", "count(*)"),
                    count("withPerson", "count(*) filter (where u.with_person)"),
                    count("withoutPerson", "count(*) filter (where not u.with_person)"),
                    count("withNetworkPerson", "count(*) filter (where u.with_network_person)"),
                    count("withoutNetworkPerson", "count(*) filter (where not u.with_network_person)"),
                    share("withPersonShare", List.of("withPerson"), "held"),
                    share("withNetworkPersonShare", List.of("withNetworkPerson"), "held")),
            List.of(List.of("held", "withPerson", "withoutPerson"), List.of("held", "withNetworkPerson", "withoutNetworkPerson"))),

    GOALS("goals", false, Dimension.LIFE_AREA, """
            select g.municipality_id, (g.occurred_at at time zone 'Europe/Oslo')::date as period, pr.programme, pe.age_band,
                   g.life_area as detail,
                   coalesce((select s.status from fact s where s.event_type = 'GoalStatusChanged' and s.subject_id = g.subject_id
                                and s.occurred_at < (select as_of from params)
                              order by s.occurred_at desc, s.event_id desc limit 1), 'proposed') as status
              from (select distinct on (f.subject_id) f.* from fact f, params p
                     where f.occurred_at < p.as_of and f.event_type = 'GoalSet' and f.subject_id is not null and f.municipality_id = any(p.municipalities)
                     order by f.subject_id, f.occurred_at, f.event_id) g
              left join people pe on pe.participant_id = g.participant_id and pe.municipality_id = g.municipality_id
              left join programmes pr on pr.participant_id = g.participant_id""",
            List.of(count("set", "count(*)"),
                    count("achieved", "count(*) filter (where u.status = 'achieved')"),
                    count("notAchieved", "count(*) filter (where u.status = 'not-achieved')"),
                    count("open", "count(*) filter (where u.status in ('proposed', 'active'))"),
                    count("cancelled", "count(*) filter (where u.status = 'cancelled')"),
                    share("achievedShare", List.of("achieved"), "closed"),
                    count("closed", "count(*) filter (where u.status in ('achieved', 'not-achieved'))")),
            List.of(List.of("set", "achieved", "notAchieved", "open", "cancelled"), List.of("closed", "achieved", "notAchieved"),
                    List.of("set", "closed", "open", "cancelled"))),

    ACTIONS_ON_TIME("actions-on-time", false, null, """
            select d.municipality_id, (d.occurred_at at time zone 'Europe/Oslo')::date as period, pr.programme, pe.age_band,
                   null::text as detail,
                   (select a.due_date from fact a
                     where a.event_type in ('ActionAgreed', 'ActionRevised') and a.subject_id = d.subject_id and a.occurred_at <= d.occurred_at
                     order by a.occurred_at desc, a.event_id desc limit 1) as due
              from (select distinct on (f.subject_id) f.* from fact f, params p
                     where f.occurred_at < p.as_of and f.event_type = 'ActionStatusChanged' and f.subject_id is not null and f.municipality_id = any(p.municipalities)
                     order by f.subject_id, f.occurred_at desc, f.event_id desc) d
              left join people pe on pe.participant_id = d.participant_id and pe.municipality_id = d.municipality_id
              left join programmes pr on pr.participant_id = d.participant_id
             where d.status = 'done'""",
            List.of(count("done", "count(*)"),
                    count("onTime", "count(*) filter (where u.due is not null and u.period <= u.due)"),
                    count("late", "count(*) filter (where u.due is not null and u.period > u.due)"),
                    count("withoutDueDate", "count(*) filter (where u.due is null)"),
                    count("withDueDate", "count(u.due)"),
                    share("onTimeShare", List.of("onTime"), "withDueDate")),
            List.of(List.of("done", "onTime", "late", "withoutDueDate"), List.of("withDueDate", "onTime", "late"),
                    List.of("done", "withDueDate", "withoutDueDate"))),

    REFERRALS("referrals", false, Dimension.RECEIVING_ORGANISATION, """
            select r.municipality_id, (r.occurred_at at time zone 'Europe/Oslo')::date as period, pr.programme, pe.age_band,
                   r.organisation_id::text as detail, answer.event_type as answer,
                   case when answer.occurred_at is not null
                        then greatest(0, extract(epoch from answer.occurred_at - r.occurred_at) / 86400.0) end as days
              from (select distinct on (f.subject_id) f.* from fact f, params p
                     where f.occurred_at < p.as_of and f.event_type = 'ReferralRequested' and f.subject_id is not null and f.municipality_id = any(p.municipalities)
                     order by f.subject_id, f.occurred_at, f.event_id) r
              left join lateral (select a.event_type, a.occurred_at from fact a
                                  where a.occurred_at < (select as_of from params) and a.subject_id = r.subject_id and a.event_type in ('ReferralAccepted', 'ReferralRejected')
                                  order by a.occurred_at, a.event_id limit 1) answer on true
              left join people pe on pe.participant_id = r.participant_id and pe.municipality_id = r.municipality_id
              left join programmes pr on pr.participant_id = r.participant_id""",
            List.of(count("requested", "count(*)"),
                    count("accepted", "count(*) filter (where u.answer = 'ReferralAccepted')"),
                    count("rejected", "count(*) filter (where u.answer = 'ReferralRejected')"),
                    count("unanswered", "count(*) filter (where u.answer is null)"),
                    count("answered", "count(u.answer)"),
                    share("acceptedShare", List.of("accepted"), "answered"),
                    days("medianDaysToAnswer", "percentile_cont(0.5) within group (order by u.days)", "answered"),
                    days("p90DaysToAnswer", "percentile_cont(0.9) within group (order by u.days)", "answered")),
            List.of(List.of("requested", "accepted", "rejected", "unanswered"), List.of("answered", "accepted", "rejected"),
                    List.of("requested", "answered", "unanswered"))),

    REFERRAL_REJECTIONS("referral-rejections", false, Dimension.REASON, """
            select x.municipality_id, (x.occurred_at at time zone 'Europe/Oslo')::date as period, pr.programme, pe.age_band,
                   x.reason as detail
              from (select distinct on (f.subject_id) f.* from fact f, params p
                     where f.occurred_at < p.as_of and f.event_type = 'ReferralRejected' and f.subject_id is not null and f.municipality_id = any(p.municipalities)
                     order by f.subject_id, f.occurred_at, f.event_id) x
              left join people pe on pe.participant_id = x.participant_id and pe.municipality_id = x.municipality_id
              left join programmes pr on pr.participant_id = x.participant_id""",
            List.of(count("rejected", "count(*)")),
            List.of()),

    TRANSITIONS("transitions", false, Dimension.RULE, """
            select t.municipality_id, t.due_date as period, pr.programme, pe.age_band, t.rule as detail,
                   case when met.occurred_at is not null and (met.occurred_at at time zone 'Europe/Oslo')::date <= t.due_date then 'met-on-time'
                        when met.occurred_at is not null then 'met-late'
                        when cancelled.occurred_at is not null then 'cancelled'
                        else 'open' end as state
              from (select distinct on (f.subject_id) f.* from fact f, params p
                     where f.occurred_at < p.as_of and f.event_type = 'TransitionDue' and f.subject_id is not null and f.municipality_id = any(p.municipalities)
                     order by f.subject_id, f.occurred_at desc, f.event_id desc) t
              left join lateral (select x.occurred_at from fact x where x.subject_id = t.subject_id and x.event_type = 'TransitionMet'
                                    and x.occurred_at < (select as_of from params)
                                  order by x.occurred_at, x.event_id limit 1) met on true
              left join lateral (select x.occurred_at from fact x where x.subject_id = t.subject_id and x.event_type = 'TransitionCancelled'
                                    and x.occurred_at < (select as_of from params)
                                  order by x.occurred_at, x.event_id limit 1) cancelled on true
              left join people pe on pe.participant_id = t.participant_id and pe.municipality_id = t.municipality_id
              left join programmes pr on pr.participant_id = t.participant_id""",
            List.of(count("due", "count(*)"),
                    count("metOnTime", "count(*) filter (where u.state = 'met-on-time')"),
                    count("metLate", "count(*) filter (where u.state = 'met-late')"),
                    count("open", "count(*) filter (where u.state = 'open')"),
                    count("cancelled", "count(*) filter (where u.state = 'cancelled')"),
                    count("counted", "count(*) filter (where u.state <> 'cancelled')"),
                    share("metOnTimeShare", List.of("metOnTime"), "counted")),
            List.of(List.of("due", "metOnTime", "metLate", "open", "cancelled"), List.of("counted", "metOnTime", "metLate", "open"),
                    List.of("due", "counted", "cancelled"))),

    CONSENTS("consents", false, null, """
            select f.municipality_id, (f.occurred_at at time zone 'Europe/Oslo')::date as period, pr.programme, pe.age_band,
                   null::text as detail, f.event_type
              from fact f
              cross join params p
              left join people pe on pe.participant_id = f.participant_id and pe.municipality_id = f.municipality_id
              left join programmes pr on pr.participant_id = f.participant_id
             where f.occurred_at < p.as_of and f.event_type in ('ConsentGranted', 'ConsentRevoked', 'ConsentExpired')
               and f.municipality_id = any(p.municipalities)""",
            List.of(count("granted", "count(*) filter (where u.event_type = 'ConsentGranted')"),
                    count("revoked", "count(*) filter (where u.event_type = 'ConsentRevoked')"),
                    count("expired", "count(*) filter (where u.event_type = 'ConsentExpired')")),
            List.of());

    /** The CTEs every indicator's units may use. */
    private static final String COMMON = """
            params as (select $1::text[] as municipalities, $2::date as from_day, $3::date as to_day, $4::timestamptz as as_of,
                              $5::int as weeks, $6::timestamptz as taken_at),
            people as (select distinct on (f.participant_id, f.municipality_id) f.participant_id, f.municipality_id, f.age_band,
                              f.occurred_at as registered_at
                         from fact f, params p
                        where f.occurred_at < p.as_of and f.event_type = 'ParticipantRegistered' and f.municipality_id = any(p.municipalities)
                        order by f.participant_id, f.municipality_id, f.occurred_at, f.event_id),
            programmes as (select distinct on (f.participant_id) f.participant_id, f.programme from fact f, params p
                            where f.occurred_at < p.as_of and f.event_type = 'ProgrammeEnrolled' and f.municipality_id = any(p.municipalities)
                            order by f.participant_id, f.start_date desc nulls last, f.occurred_at desc, f.event_id desc),
            active as (select s.participant_id, s.municipality_id
                         from (select distinct on (f.participant_id, f.municipality_id) f.participant_id, f.municipality_id, f.event_type
                                 from fact f, params p
                                where f.occurred_at < p.as_of and f.event_type in ('ParticipantRegistered', 'ParticipantClosed') and f.municipality_id = any(p.municipalities)
                                order by f.participant_id, f.municipality_id, f.occurred_at desc, f.event_id desc) s
                        where s.event_type = 'ParticipantRegistered'),
            ended_assignments as (select f.subject_id as assignment_id from fact f, params p
                                   where f.occurred_at < p.as_of and f.event_type = 'CoordinatorUnassigned'
                                  union
                                  select f.previous_subject_id from fact f, params p
                                   where f.occurred_at < p.as_of and f.event_type = 'CoordinatorHandedOver'),
            assignments as (select f.participant_id, f.municipality_id, f.subject_id, f.professional_id, f.occurred_at,
                                   exists (select 1 from ended_assignments e where e.assignment_id = f.subject_id) as ended
                              from fact f, params p
                             where f.occurred_at < p.as_of and f.event_type in ('CoordinatorAssigned', 'CoordinatorHandedOver') and f.municipality_id = any(p.municipalities))""";

    private final String code;
    private final boolean snapshot;
    private final Dimension own;
    private final String units;
    private final List<Measure> measures;
    private final List<List<String>> partitions;

    Indicator(String code, boolean snapshot, Dimension own, String units, List<Measure> measures, List<List<String>> partitions) {
        this.code = code;
        this.snapshot = snapshot;
        this.own = own;
        this.units = units;
        this.measures = measures;
        this.partitions = partitions;
    }

    @Override
    public String code() {
        return code;
    }

    /** The CTEs every indicator's units may use ({@code params}, {@code people}, ...). */
    public static String commonSql() {
        return COMMON;
    }

    /** A figure as of now (no period): people active today, for instance. */
    public boolean snapshot() {
        return snapshot;
    }

    /** The SQL of the units, one row per thing counted. */
    public String units() {
        return units;
    }

    public List<Measure> measures() {
        return measures;
    }

    /**
     * The measures that add up within a row: the first of each list is the sum of the others. Every such identity
     * between an indicator's counts must be here, or a withheld count could be worked out from published ones;
     * suppression protects these lines as well as every column against its total.
     */
    public List<List<String>> partitions() {
        return partitions;
    }

    /** Whether the rows may be {@code dimension}: periods unless a snapshot, the person's, and the indicator's own. */
    public boolean allows(Dimension dimension) {
        return switch (dimension) {
            case MONTH, QUARTER -> !snapshot;
            case PROGRAMME, AGE_BAND, MUNICIPALITY -> true;
            default -> dimension == own;
        };
    }

    /** The attribute only this indicator has (outcome, life area, ...); null if none. */
    public Dimension own() {
        return own;
    }
}
