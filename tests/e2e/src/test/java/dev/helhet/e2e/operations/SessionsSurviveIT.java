package dev.helhet.e2e.operations;

import dev.helhet.e2e.Platform;
import dev.helhet.local.QuarkusApp;
import dev.helhet.testing.BrowserSession;
import dev.helhet.testing.TestStack;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A browser session lives in the gateway's database, not in one gateway's memory: a second replica serves it, a restart
 * keeps it, a sign-out at one replica ends it at all, and the table holds nothing a reader could present or read.
 */
@ExtendWith(Platform.class)
class SessionsSurviveIT {

    @Test
    void aSessionIsServedByEveryReplicaSurvivesARestartAndEndsEverywhereAtSignOut() throws SQLException {
        BrowserSession browser = BrowserSession.signIn(Platform.gatewayUrl(), "asker.coordinator");
        JsonPath session = JsonPath.from(browser.request("GET", "/api/v1/session", null).body());
        String csrf = session.getString("csrfToken");
        String cookie = browser.cookie("q_session");
        String municipality = session.getList("municipalities", String.class).get(0);

        try (QuarkusApp replica = Platform.startReplica("gateway")) {
            BrowserSession atReplica = browser.at(replica.app().baseUrl());
            var answer = atReplica.request("GET", "/api/v1/session", null);
            assertEquals(200, answer.statusCode(), "another replica serves the session: " + answer.body());
            assertEquals(csrf, JsonPath.from(answer.body()).getString("csrfToken"), "the same session, with its CSRF token");
            assertEquals(200, atReplica.request("PUT", "/api/v1/session/municipality", "{\"municipalityId\": \"" + municipality + "\"}")
                    .statusCode(), "a change through the other replica, with the session's CSRF token");
            assertEquals(403, atReplica.requestWithCsrf("PUT", "/api/v1/session/municipality",
                    "{\"municipalityId\": \"" + municipality + "\"}", "not-this-sessions-token").statusCode());
        }

        Platform.restart("gateway");
        var afterRestart = browser.request("GET", "/api/v1/session", null);
        assertEquals(200, afterRestart.statusCode(), "a restart signs nobody out");
        assertEquals(csrf, JsonPath.from(afterRestart.body()).getString("csrfToken"));
        assertEquals(cookie, browser.cookie("q_session"));

        List<byte[]> stored = storedColumns();
        assertFalse(stored.isEmpty(), "the session is in the gateway's database");
        for (byte[] column : stored) {
            assertFalse(contains(column, cookie), "the session id is stored only as a hash");
            assertFalse(contains(column, csrf), "the CSRF token only sealed");
            assertFalse(contains(column, "eyJ"), "no token (a JWT starts eyJ) in the clear");
        }

        browser.signOut();
        given().cookie("q_session", cookie).when().get(Platform.gatewayUrl() + "/api/v1/session").then().statusCode(401);
    }

    /** Every stored session's key and sealed contents, as a reader of the table or its backups would see them. */
    private static List<byte[]> storedColumns() throws SQLException {
        String url = "jdbc:postgresql://" + TestStack.get("postgres.host") + ":" + TestStack.get("postgres.port") + "/gateway";
        List<byte[]> columns = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "gateway", "gateway");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id_hash, sealed from browser_session")) {
            while (rows.next()) {
                columns.add(rows.getBytes(1));
                columns.add(rows.getBytes(2));
            }
        }
        return columns;
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] bytes = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + bytes.length <= haystack.length; i++) {
            for (int j = 0; j < bytes.length; j++) {
                if (haystack[i + j] != bytes[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
