package dev.helhet.gateway;

import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web frontend as the gateway serves it: deep links, its own paths kept apart, compressed and cached assets. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
class WebUiTest {

    private static final Pattern SCRIPT = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"");

    @Test
    void deepLinksGetTheAppWhileApiAndManagementPathsStayTheGateways() {
        given().when().get("/").then().statusCode(200).contentType(containsString("text/html")).body(containsString("<title>Helhet</title>"));
        given().when().get("/people/4b2d4a3e-6f7c-4d8e-9a0b-1c2d3e4f5a6b").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("<div id=\"root\">"));
        given().when().get("/api/v1/session").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/q/health/live").then().statusCode(200).body(not(containsString("<div id=\"root\">")));
        given().when().get("/favicon-that-is-not-there.ico").then().statusCode(404);
        given().when().get("/assets/not-built.js").then().statusCode(404);
    }

    @Test
    void hashedAssetsAreCompressedAndCachedForAYear() {
        String index = given().when().get("/").then().statusCode(200).extract().asString();
        Matcher script = SCRIPT.matcher(index);
        assertTrue(script.find(), "index.html names its script: " + index);
        given().header("Accept-Encoding", "gzip").when().get(script.group(1)).then().statusCode(200)
                .header("Content-Encoding", equalTo("gzip"))
                .header("Cache-Control", containsString("immutable"));
        given().header("Accept-Encoding", "gzip").when().get("/").then().statusCode(200)
                .header("Cache-Control", equalTo("no-cache"));
        given().when().get("/people/4b2d4a3e-6f7c-4d8e-9a0b-1c2d3e4f5a6b").then().statusCode(200)
                .header("Cache-Control", equalTo("no-cache"));
    }
}
