package dev.helhet.testing;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a screen: signs in at the gateway through the real authorization-code flow
 * (the gateway redirects to Keycloak, the login form is filled in and posted, Keycloak redirects
 * back), keeps cookies like a browser, and sends API requests with the session and CSRF token.
 */
public final class BrowserSession {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final LocalhostCookieJar cookies;
    private final HttpClient http;
    private final String gateway;

    private BrowserSession(String gateway) {
        this(gateway, new LocalhostCookieJar());
    }

    private BrowserSession(String gateway, LocalhostCookieJar cookies) {
        this.gateway = gateway;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The same browser, with its cookies, talking to another gateway replica (as a load balancer may send it). */
    public BrowserSession at(String otherGateway) {
        return new BrowserSession(otherGateway, cookies);
    }

    /** Signs {@code username} in at the gateway and answers the signed-in browser. */
    public static BrowserSession signIn(String gateway, String username) {
        BrowserSession browser = new BrowserSession(gateway);
        HttpResponse<String> answer = browser.login(username);
        if (!signedIn(answer)) {
            throw new IllegalStateException("Sign-in did not come back to the gateway: " + answer.statusCode() + " " + answer.uri());
        }
        return browser;
    }

    /**
     * Goes through the sign-in of {@code username} and answers the gateway's last answer to it, whatever it was: a redirect to
     * the page the user came from when the sign-in worked, the gateway's refusal when it did not.
     */
    public static HttpResponse<String> attemptSignIn(String gateway, String username) {
        return new BrowserSession(gateway).login(username);
    }

    private static boolean signedIn(HttpResponse<String> answer) {
        return (answer.statusCode() == 302 || answer.statusCode() == 303)
                && answer.headers().firstValue("Location").orElse("").endsWith("/after-login");
    }

    /**
     * Follows the sign-in: the gateway sends the browser to Keycloak, which (with organizations on)
     * asks for the username first and the password on a second page; then back to the gateway.
     */
    private HttpResponse<String> login(String username) {
        HttpResponse<String> answer = followUntilLoginForm(get(gateway + "/login?returnTo=%2Fafter-login"));
        for (int step = 0; step < 3; step++) {
            Matcher action = FORM_ACTION.matcher(answer.body());
            if (!action.find()) {
                throw new IllegalStateException("No Keycloak login form; got " + answer.statusCode() + " from " + answer.uri());
            }
            StringBuilder form = new StringBuilder("credentialId=");
            if (answer.body().contains("name=\"username\"")) {
                form.append("&username=").append(URLEncoder.encode(username, StandardCharsets.UTF_8));
            }
            if (answer.body().contains("name=\"password\"")) {
                form.append("&password=").append(URLEncoder.encode(Tokens.DEMO_PASSWORD, StandardCharsets.UTF_8));
            }
            answer = send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
            while (answer.statusCode() == 302 || answer.statusCode() == 303) {
                String location = answer.headers().firstValue("Location").orElseThrow();
                if (location.endsWith("/after-login")) {
                    return answer;
                }
                answer = get(resolve(answer.uri(), location));
            }
            if (answer.uri().toString().startsWith(gateway)) {
                // Back at the gateway, which did not send the browser on: it refused the sign-in.
                return answer;
            }
        }
        throw new IllegalStateException("Sign-in did not come back to the gateway: " + answer.statusCode() + " " + answer.uri());
    }

    private HttpResponse<String> followUntilLoginForm(HttpResponse<String> answer) {
        while (answer.statusCode() == 302 || answer.statusCode() == 303) {
            answer = get(resolve(answer.uri(), answer.headers().firstValue("Location").orElseThrow()));
        }
        return answer;
    }

    /** A request to the gateway with the session; unsafe methods carry the CSRF token. */
    public HttpResponse<String> request(String method, String path, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        String csrf = cookie("helhet_csrf");
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        return send(request);
    }

    /** Like {@link #request} but without the CSRF header, as a forged cross-site request would be. */
    public HttpResponse<String> requestWithoutCsrf(String method, String path, String jsonBody) {
        return requestWithCsrf(method, path, jsonBody, null);
    }

    /** Like {@link #request} with a CSRF header of the caller's choosing (none when null): a token from elsewhere. */
    public HttpResponse<String> requestWithCsrf(String method, String path, String jsonBody, String csrfToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (csrfToken != null) {
            request.header("X-CSRF-Token", csrfToken);
        }
        return send(request);
    }

    /** Signs out at the gateway and follows the redirects through Keycloak's logout. */
    public HttpResponse<String> signOut() {
        HttpResponse<String> answer = get(gateway + "/logout");
        int hops = 0;
        while ((answer.statusCode() == 302 || answer.statusCode() == 303) && hops++ < 10) {
            answer = get(resolve(answer.uri(), answer.headers().firstValue("Location").orElseThrow()));
        }
        return answer;
    }

    /** The raw Set-Cookie attributes the gateway sent for a cookie of this name, for checking flags. */
    public HttpCookie cookieDetails(String name) {
        return cookies.find(name);
    }

    public String cookie(String name) {
        HttpCookie cookie = cookieDetails(name);
        return cookie == null ? null : cookie.getValue();
    }

    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String resolve(URI base, String location) {
        return base.resolve(location).toString();
    }
}
