package dev.helhet.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The same municipalities in the participants database, as need-to-know sees them: 20,000 people, 300
 * professionals, 18,000 people with a coordinator (about 60 each). The first professional of each (the demo
 * coordinator in Asker) is also on the team of 200 other people for NAV (half of them under a consent that admits
 * NAV) and registered 40 people who have no coordinator yet: their list asks care_ties for about 300 ties and the
 * consents of the 200 and decides person by person.
 */
final class PeopleListData {

    static final int MEMBER_OF = 200;
    static final int REGISTERED_UNASSIGNED = 40;

    private PeopleListData() {
    }

    static void seed(String jdbcUrl, String user, List<SeededMunicipality> municipalities) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, user); Statement sql = db.createStatement()) {
            for (SeededMunicipality municipality : municipalities) {
                seed(db, sql, municipality);
            }
            sql.execute("analyze");
        }
    }

    private static void seed(Connection db, Statement sql, SeededMunicipality m) throws SQLException {
        m.stageProfessionals(db);
        String first = m.subjects().getFirst();
        sql.execute("""
                insert into participant (id, municipality_id, name, registered_at, registered_by)
                select %s, '%s', 'Person ' || g, now() - (g || ' minutes')::interval,
                       case when g > %d and g <= %d then '%s' else 'bench-registrar' end
                  from generate_series(1, %d) g""".formatted(m.personId("g"), m.id(), SeededMunicipality.ASSIGNED,
                SeededMunicipality.ASSIGNED + REGISTERED_UNASSIGNED, first, SeededMunicipality.PEOPLE));
        m.seedCareTies(sql);
        // The first professional on 200 teams of other coordinators' people, for NAV.
        sql.execute("""
                insert into care_team_member (member_id, participant_id, professional_id, organisation_id, active)
                select gen_random_uuid(), %s, %s, '%s', true
                  from generate_series(1, %d) g where %s <> 1 order by g limit %d"""
                .formatted(m.personId("g"), m.professionalId("1"), m.nav(), SeededMunicipality.ASSIGNED,
                        SeededMunicipality.coordinatorOf("g"), MEMBER_OF));
        sql.execute("""
                insert into consent (id, participant_id, municipality_id, receiver_type, receiver_organisation_id, categories, purpose,
                                     valid_from, valid_to, recorded_how, recorded_by, recorded_at)
                select gen_random_uuid(), m.participant_id, '%s', 'organisation', '%s', 'basic,plan', 'Oppfølging',
                       now() - interval '30 days', now() + interval '300 days', 'signed-form', 'bench', now()
                  from (select participant_id, row_number() over (order by participant_id) as n from care_team_member
                         where professional_id = %s) m
                 where m.n %% 2 = 0""".formatted(m.id(), m.nav(), m.professionalId("1")));
    }
}
