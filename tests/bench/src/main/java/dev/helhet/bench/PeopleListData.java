package dev.helhet.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The same municipality in the participants database, as need-to-know sees it: 20,000 people, 300
 * professionals, 18,000 people with a coordinator (about 60 each, the demo coordinator among them); the
 * demo coordinator is also on the team of 200 other people for NAV (half of them under a consent that
 * admits NAV) and registered 40 people who have no coordinator yet. The list asks care_ties for about
 * 300 ties and the consents of the 200 and decides person by person.
 */
final class PeopleListData {

    static final int PEOPLE = 20_000;
    static final int PROFESSIONALS = 300;
    static final int ASSIGNED = 18_000;
    static final int MEMBER_OF = 200;
    static final int REGISTERED_UNASSIGNED = 40;
    private static final String REFUGEE_SERVICE = "00000000-0000-4000-8000-000000000001";
    private static final String NAV = "00000000-0000-4000-8000-000000000002";

    private PeopleListData() {
    }

    static void seed(String jdbcUrl, String user, String coordinatorSubject) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, user); Statement sql = db.createStatement()) {
            sql.execute("""
                    insert into participant (id, municipality_id, name, registered_at, registered_by)
                    select gen_random_uuid(), 'asker', 'Person ' || g, now() - (g || ' minutes')::interval,
                           case when g > %d and g <= %d then '%s' else 'bench-registrar' end
                      from generate_series(1, %d) g""".formatted(ASSIGNED, ASSIGNED + REGISTERED_UNASSIGNED, coordinatorSubject, PEOPLE));
            sql.execute("""
                    insert into care_professional (professional_id, subject, organisation_ids)
                    select gen_random_uuid(), case when g = 1 then '%s' else 'bench-' || g end, '%s,%s'
                      from generate_series(1, %d) g""".formatted(coordinatorSubject, REFUGEE_SERVICE, NAV, PROFESSIONALS));
            sql.execute("""
                    with people as (select id, row_number() over (order by registered_at desc, id) - 1 as n from participant
                                     where municipality_id = 'asker'),
                         staff as (select professional_id, row_number() over (order by subject) - 1 as n from care_professional)
                    insert into care_assignment (participant_id, assignment_id, professional_id, organisation_id)
                    select people.id, gen_random_uuid(), staff.professional_id, '%s'
                      from people join staff on staff.n = people.n %% %d
                     where people.n < %d""".formatted(REFUGEE_SERVICE, PROFESSIONALS, ASSIGNED));
            // The demo coordinator on 200 teams of other coordinators' people, for NAV.
            sql.execute("""
                    insert into care_team_member (member_id, participant_id, professional_id, organisation_id, active)
                    select gen_random_uuid(), a.participant_id, me.professional_id, '%s', true
                      from (select participant_id from care_assignment a
                              join care_professional p on p.professional_id = a.professional_id
                             where p.subject <> '%s' order by participant_id limit %d) a,
                           care_professional me where me.subject = '%s'""".formatted(NAV, coordinatorSubject, MEMBER_OF, coordinatorSubject));
            sql.execute("""
                    insert into consent (id, participant_id, municipality_id, receiver_type, receiver_organisation_id, categories, purpose,
                                         valid_from, valid_to, recorded_how, recorded_by, recorded_at)
                    select gen_random_uuid(), m.participant_id, 'asker', 'organisation', '%s', 'basic,plan', 'Oppfølging',
                           now() - interval '30 days', now() + interval '300 days', 'signed-form', 'bench', now()
                      from (select participant_id, row_number() over (order by participant_id) as n from care_team_member) m
                     where m.n %% 2 = 0""".formatted(NAV));
            sql.execute("analyze");
        }
    }
}
