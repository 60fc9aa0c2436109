package dev.helhet.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/**
 * What every Helhet service must do, checked the same way in each service's {@code @QuarkusTest}:
 * refuse callers without a valid token or municipality, keep to the caller's municipality, and serve
 * health (database and Kafka), metrics and OpenAPI without a token.
 */
public final class ServiceBasics {

    private ServiceBasics() {
    }

    /** 401 problem+json without or with a forged token; 403 when the token proves no single municipality. */
    public static void assertGuarded(String path) {
        given().when().get(path)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:helhet:problem:unauthenticated"));

        String token = Tokens.user("asker.coordinator");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth().oauth2(forged).when().get(path).then().statusCode(401);

        given().auth().oauth2(Tokens.user("regional.coordinator")).when().get(path)
                .then().statusCode(403)
                .body("type", equalTo("urn:helhet:problem:no-active-municipality"));

        given().auth().oauth2(token).when().get(path).then().statusCode(200);
    }

    /** 403 problem+json for each signed-in member of the municipality whose role the operation does not list. */
    public static void assertRefusedTo(String path, String... users) {
        for (String user : users) {
            given().auth().oauth2(Tokens.user(user)).when().get(path)
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:helhet:problem:forbidden"));
        }
    }

    /** Health reflects PostgreSQL and Kafka; metrics and the OpenAPI document are served. */
    public static void assertOperational(String openApiTitle) {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("helhet_outbox_published_total"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo(openApiTitle));
        OpenApiChecks.assertComplete(1);
    }

    /**
     * Stores one row for Asker and one for Harstad straight into the service's test database
     * ({@code insertSql} has two {@code %s}: id and municipality), then lists as an Asker user.
     */
    public static void assertListIsScopedToTheCallersMunicipality(String path, String service, String insertSql) {
        String asker = UUID.randomUUID().toString();
        String harstad = UUID.randomUUID().toString();
        execute(service, insertSql.formatted(asker, "asker"));
        execute(service, insertSql.formatted(harstad, "harstad"));

        given().auth().oauth2(Tokens.user("asker.coordinator")).queryParam("size", 200).when().get(path)
                .then().statusCode(200)
                .body("items.id", hasItem(asker))
                .body("items.id", not(hasItem(harstad)));
        given().auth().oauth2(Tokens.user("harstad.coordinator")).queryParam("size", 200).when().get(path)
                .then().statusCode(200)
                .body("items.id", hasItem(harstad))
                .body("items.id", not(hasItem(asker)));
    }

    /** Runs SQL in the service's test database (the one {@link PostgresTestResource} created), as the service's own role. */
    public static void execute(String service, String sql) {
        execute(service, service, sql);
    }

    /** The number the SQL query answers in the service's test database (a {@code select count(*) ...}), as the service's own role. */
    public static long count(String service, String sql) {
        String url = "jdbc:postgresql://" + TestStack.get("postgres.host") + ":" + TestStack.get("postgres.port") + "/" + service + "_qt";
        try (Connection connection = DriverManager.getConnection(url, service, service);
             Statement statement = connection.createStatement();
             java.sql.ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed in " + service + "_qt: " + e.getMessage(), e);
        }
    }

    /** Runs SQL as the database superuser: what an attacker with the server would do (tests of tamper detection). */
    public static void executeAsSuperuser(String service, String sql) {
        execute(service, TestStack.get("postgres.superuser"), sql);
    }

    private static void execute(String service, String role, String sql) {
        String url = "jdbc:postgresql://" + TestStack.get("postgres.host") + ":" + TestStack.get("postgres.port")
                + "/" + service + "_qt";
        try (Connection connection = DriverManager.getConnection(url, role, role.equals(service) ? service : "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed in " + service + "_qt: " + e.getMessage(), e);
        }
    }
}
