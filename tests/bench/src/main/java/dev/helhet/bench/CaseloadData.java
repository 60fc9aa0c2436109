package dev.helhet.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Large municipalities in the coordinators database: each with 20,000 people, 300 professionals, 18,000 with a
 * coordinator (about 60 each), the rest in the team lead's queue; each person with a programme, one or two consents
 * and two team members.
 */
final class CaseloadData {

    private CaseloadData() {
    }

    static void seed(String jdbcUrl, String user, List<SeededMunicipality> municipalities) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, user); Statement sql = db.createStatement()) {
            sql.execute("truncate coordinator_assignment, team_member, participant_ref, participant_programme, care_consent,"
                    + " professional_absence, professional_membership, professional, organisation_municipality, organisation cascade");
            for (SeededMunicipality municipality : municipalities) {
                seed(db, sql, municipality);
            }
            sql.execute("analyze");
        }
    }

    private static void seed(Connection db, Statement sql, SeededMunicipality m) throws SQLException {
        m.stageProfessionals(db);
        sql.execute("""
                insert into organisation (id, municipality_id, name, type, created_at)
                values ('%1$s', '%3$s', 'Flyktningtjenesten %3$s', 'refugee-service', now()), ('%2$s', '%3$s', 'NAV %3$s', 'nav-office', now())"""
                .formatted(m.refugeeService(), m.nav(), m.id()));
        sql.execute("insert into organisation_municipality values ('%s', '%s'), ('%s', '%s')"
                .formatted(m.refugeeService(), m.id(), m.nav(), m.id()));
        sql.execute("""
                insert into professional (id, municipality_id, subject, name, profession, languages, created_at, created_by)
                select %s, '%s', subject, 'Professional ' || number, 'veileder', 'nb', now(), 'bench' from bench_professional"""
                .formatted(m.professionalId("number"), m.id()));
        sql.execute("""
                insert into professional_membership select %s, '%s' from bench_professional"""
                .formatted(m.professionalId("number"), m.refugeeService()));
        sql.execute("""
                insert into participant_ref (participant_id, municipality_id, status, registered_at, meetings_counted_from)
                select %s, '%s', 'active', now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
                  from generate_series(1, %d) g""".formatted(m.personId("g"), m.id(), SeededMunicipality.PEOPLE));
        sql.execute("""
                insert into coordinator_assignment (id, participant_id, municipality_id, professional_id, organisation_id,
                                                    assigned_at, assigned_by)
                select gen_random_uuid(), %s, '%s', %s, '%s', now(), 'bench' from generate_series(1, %d) g"""
                .formatted(m.personId("g"), m.id(), m.professionalId(SeededMunicipality.coordinatorOf("g")), m.refugeeService(),
                        SeededMunicipality.ASSIGNED));
        sql.execute("""
                insert into participant_programme (enrolment_id, participant_id, programme, planned_end_date, ended)
                select gen_random_uuid(), participant_id, 'introduction-programme',
                       current_date + ((random() * 700)::int), random() < 0.2
                  from participant_ref where municipality_id = '%s'""".formatted(m.id()));
        sql.execute("""
                insert into care_consent (consent_id, participant_id, receiver_type, receiver_organisation_id, categories,
                                           valid_from, valid_to, status)
                select gen_random_uuid(), participant_id, 'organisation', '%s', 'basic,plan',
                       now() - interval '30 days', now() + ((random() * 365)::int || ' days')::interval, 'active'
                  from participant_ref, generate_series(1, 2) copy
                 where municipality_id = '%s' and (copy = 1 or random() < 0.5)""".formatted(m.nav(), m.id()));
        // Two more professionals of the same office on every team, seven and thirteen places on from the coordinator.
        sql.execute("""
                insert into team_member (id, participant_id, municipality_id, professional_id, organisation_id, role, joined_at,
                                         added_by, suspended_at)
                select gen_random_uuid(), %s, '%s', %s, '%s', 'veileder', now(), 'bench', case when random() < 0.05 then now() end
                  from generate_series(1, %d) g, (values (7), (13)) offsets(places)"""
                .formatted(m.personId("g"), m.id(), m.professionalId(SeededMunicipality.coordinatorOf("g + places")), m.nav(),
                        SeededMunicipality.PEOPLE));
    }
}
