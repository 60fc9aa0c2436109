package dev.helhet.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The same municipalities in a consuming service's care-access projection (agreements, referrals): the people,
 * the professionals and who coordinates whom, as the events from participants and coordinators would have left them.
 */
final class CareRelationsData {

    private CareRelationsData() {
    }

    static void seed(String jdbcUrl, String user, List<SeededMunicipality> municipalities) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, user); Statement sql = db.createStatement()) {
            for (SeededMunicipality m : municipalities) {
                m.stageProfessionals(db);
                sql.execute("insert into care_organisation_municipality values ('%s', '%s'), ('%s', '%s')"
                        .formatted(m.refugeeService(), m.id(), m.nav(), m.id()));
                sql.execute("insert into care_organisation_name (organisation_id, name, type) values ('%s', 'Flyktningtjenesten %s',"
                        .formatted(m.refugeeService(), m.id()) + " 'refugee-service'), ('%s', 'NAV %s', 'nav-office')".formatted(m.nav(), m.id()));
                sql.execute("insert into care_person (participant_id, municipality_id) select %s, '%s' from generate_series(1, %d) g"
                        .formatted(m.personId("g"), m.id(), SeededMunicipality.PEOPLE));
                m.seedCareTies(sql);
            }
            sql.execute("analyze");
        }
    }
}
