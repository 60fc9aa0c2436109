package dev.helhet.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One large municipality in the coordinators database: 20,000 people, 300 professionals of whom the
 * demo coordinator is one, 18,000 with a coordinator (about 60 each), the rest in the team lead's
 * queue; each person with a programme, one or two consents and two team members.
 */
final class CaseloadData {

    static final int PEOPLE = 20_000;
    static final int PROFESSIONALS = 300;
    static final int ASSIGNED = 18_000;

    private CaseloadData() {
    }

    static void seed(String jdbcUrl, String user, String coordinatorSubject) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, user); Statement sql = db.createStatement()) {
            sql.execute("truncate coordinator_assignment, team_member, participant_ref, participant_programme, care_consent,"
                    + " professional_absence, professional_membership, professional, organisation_municipality, organisation cascade");
            sql.execute("""
                    insert into organisation (id, municipality_id, name, type, created_at)
                    values ('00000000-0000-4000-8000-000000000001', 'asker', 'Flyktningtjenesten Asker', 'refugee-service', now()),
                           ('00000000-0000-4000-8000-000000000002', 'asker', 'NAV Asker', 'nav-office', now())""");
            sql.execute("""
                    insert into organisation_municipality values ('00000000-0000-4000-8000-000000000001', 'asker'),
                                                                 ('00000000-0000-4000-8000-000000000002', 'asker')""");
            sql.execute("""
                    insert into professional (id, municipality_id, subject, name, profession, languages, created_at, created_by)
                    select gen_random_uuid(), 'asker', case when g = 1 then '%s' else 'bench-' || g end, 'Professional ' || g,
                           'veileder', 'nb', now(), 'bench'
                      from generate_series(1, %d) g""".formatted(coordinatorSubject, PROFESSIONALS));
            sql.execute("""
                    insert into professional_membership select id, '00000000-0000-4000-8000-000000000001' from professional""");
            sql.execute("""
                    insert into participant_ref (participant_id, municipality_id, status, registered_at, meetings_counted_from)
                    select gen_random_uuid(), 'asker', 'active', now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
                      from generate_series(1, %d) g""".formatted(PEOPLE));
            sql.execute("""
                    with people as (select participant_id, row_number() over (order by participant_id) - 1 as n from participant_ref),
                         staff as (select id, row_number() over (order by subject) - 1 as n from professional)
                    insert into coordinator_assignment (id, participant_id, municipality_id, professional_id, organisation_id,
                                                        assigned_at, assigned_by)
                    select gen_random_uuid(), people.participant_id, 'asker', staff.id, '00000000-0000-4000-8000-000000000001',
                           now(), 'bench'
                      from people join staff on staff.n = people.n %% %d
                     where people.n < %d""".formatted(PROFESSIONALS, ASSIGNED));
            sql.execute("""
                    insert into participant_programme (enrolment_id, participant_id, programme, planned_end_date, ended)
                    select gen_random_uuid(), participant_id, 'introduction-programme',
                           current_date + ((random() * 700)::int), random() < 0.2
                      from participant_ref""");
            sql.execute("""
                    insert into care_consent (consent_id, participant_id, receiver_type, receiver_organisation_id, categories,
                                               valid_from, valid_to, status)
                    select gen_random_uuid(), participant_id, 'organisation', '00000000-0000-4000-8000-000000000002', 'basic,plan',
                           now() - interval '30 days', now() + ((random() * 365)::int || ' days')::interval, 'active'
                      from participant_ref, generate_series(1, 2) copy
                     where copy = 1 or random() < 0.5""");
            sql.execute("""
                    with people as (select participant_id, row_number() over (order by participant_id) - 1 as n from participant_ref),
                         staff as (select id, row_number() over (order by subject) - 1 as n from professional)
                    insert into team_member (id, participant_id, municipality_id, professional_id, organisation_id, role, joined_at,
                                             added_by, suspended_at)
                    select gen_random_uuid(), people.participant_id, 'asker', staff.id, '00000000-0000-4000-8000-000000000002',
                           'veileder', now(), 'bench', case when random() < 0.05 then now() end
                      from people join staff on staff.n in ((people.n + 7) %% %d, (people.n + 13) %% %d)""".formatted(PROFESSIONALS, PROFESSIONALS));
            sql.execute("analyze");
        }
    }
}
