package dev.helhet.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One municipality as every seeder writes it: 20,000 people and 300 professionals whose ids are derived from the
 * municipality and their number ({@code md5('asker-person-17')::uuid}), so that each service's database, seeded on
 * its own, holds the same people with the same ties; person {@code g <= 18,000} has professional
 * {@code (g - 1) % 300 + 1} as coordinator. The first professionals sign in as {@code subjects}, in order; the rest
 * are names nobody signs in with.
 */
record SeededMunicipality(String id, String refugeeService, String nav, List<String> subjects) {

    static final int PEOPLE = 20_000;
    static final int PROFESSIONALS = 300;
    static final int ASSIGNED = 18_000;

    /** SQL for the id of person {@code number} (an SQL expression) of this municipality. */
    String personId(String number) {
        return "md5('" + id + "-person-' || " + number + ")::uuid";
    }

    /** SQL for the id of professional {@code number} (an SQL expression) of this municipality. */
    String professionalId(String number) {
        return "md5('" + id + "-professional-' || " + number + ")::uuid";
    }

    /** SQL for the professional coordinating person {@code number}: 1 to 300, round robin over the first 18,000. */
    static String coordinatorOf(String number) {
        return "((" + number + " - 1) % " + PROFESSIONALS + " + 1)";
    }

    /**
     * The professionals and who coordinates whom in a care-access projection ({@code care_professional},
     * {@code care_assignment}), as every service that decides need-to-know holds them; after {@link #stageProfessionals}.
     */
    void seedCareTies(Statement sql) throws SQLException {
        sql.execute("""
                insert into care_professional (professional_id, subject, organisation_ids)
                select %s, subject, '%s,%s' from bench_professional""".formatted(professionalId("number"), refugeeService, nav));
        sql.execute("""
                insert into care_assignment (participant_id, assignment_id, professional_id, organisation_id)
                select %s, gen_random_uuid(), %s, '%s' from generate_series(1, %d) g"""
                .formatted(personId("g"), professionalId(coordinatorOf("g")), refugeeService, ASSIGNED));
    }

    /**
     * Fills the session's temporary table {@code bench_professional (number, subject)} with the 300 professionals'
     * subjects, for the seeders to join.
     */
    void stageProfessionals(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("create temporary table if not exists bench_professional (number int primary key, subject text not null)");
            sql.execute("truncate bench_professional");
        }
        try (PreparedStatement insert = db.prepareStatement("insert into bench_professional values (?, ?)")) {
            for (int number = 1; number <= PROFESSIONALS; number++) {
                insert.setInt(1, number);
                insert.setString(2, number <= subjects.size() ? subjects.get(number - 1) : "bench-" + id + "-" + number);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
