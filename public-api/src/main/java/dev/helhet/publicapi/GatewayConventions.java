package dev.helhet.publicapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the gateway adds to every operation, written into the document as partners meet it: where to call, how to get a
 * token, the municipality header, the rate limit on every answer, and the answers the gateway gives itself (429, 503,
 * 411, 413, 414, 415). The services describe their own operations; this describes the door in front of them.
 */
final class GatewayConventions {

    static final String MUNICIPALITY_HEADER = "X-Helhet-Municipality";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Set<String> WITH_BODY = Set.of("put", "post", "patch");
    /** Operations only a platform operator may call: onboarding a municipality. */
    private static final String OPERATOR_PATH = "/admin/";
    private static final String PARTNER_ROLE = "partner";
    private static final String UNAVAILABLE = "From the gateway, `overloaded` (the service has as many requests as it can take) or"
            + " `unavailable` (the service cannot be reached): the request was not carried out, so sending it again after"
            + " `Retry-After` seconds is safe. From the service, `unavailable` (or a type of its own, below): something it depends"
            + " on was out of reach; if this was a change, its `detail` says whether to check that it was saved before repeating it.";
    private static final String EXAMPLE_REQUEST_ID = "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11";

    private GatewayConventions() {
    }

    static void apply(JsonObject document, PublicApiSettings settings) {
        document.put("info", info(settings));
        document.put("servers", new JsonArray().add(new JsonObject()
                .put("url", settings.serverUrl())
                .put("description", "The Helhet gateway of this deployment (" + settings.environment() + ")")
                .put("x-internal", false)));
        JsonObject components = document.getJsonObject("components");
        components.put("securitySchemes", securitySchemes(settings));
        components.put("headers", headers(settings));
        components.put("parameters", new JsonObject().put("Municipality", municipalityParameter()));
        components.put("responses", gatewayResponses());
        document.getJsonObject("paths").forEach(path -> {
            JsonObject item = (JsonObject) path.getValue();
            item.fieldNames().stream().filter(METHODS::contains).toList()
                    .forEach(method -> operation(path.getKey(), method, item.getJsonObject(method)));
        });
    }

    private static JsonObject info(PublicApiSettings settings) {
        return new JsonObject()
                .put("title", "Helhet public API")
                .put("version", "1.0.0")
                .put("description", String.join("\n\n",
                        "Every Helhet service's API through the gateway, for partner services of the municipalities.",
                        "**Tokens.** Ask the realm's token endpoint for a client-credentials token with the scope `organization`"
                                + " (`" + settings.tokenUrl() + "`) and send it as `Authorization: Bearer <token>`. Without the scope"
                                + " the token names no municipality and every call answers 403 `no-active-municipality`.",
                        "**Municipality.** A client serving several municipalities names the one it acts in with the `"
                                + MUNICIPALITY_HEADER + "` header on every call; a client of one may leave it out.",
                        "**Errors** are RFC 9457 `application/problem+json`: match on `type`, quote `requestId` when asking for"
                                + " help. `title` and `detail` are for people and may change.",
                        "**Rate limit.** Each client may send " + number(settings.rateLimit().perSecond()) + " requests a second"
                                + " on average, in bursts of up to " + number(settings.rateLimit().burst()) + ". Every answer says"
                                + " what is left in the `RateLimit` and `RateLimit-Policy` headers (draft-ietf-httpapi-ratelimit-headers);"
                                + " over the limit the gateway answers 429 with `Retry-After`.",
                        "**Overload and outages** answer 503 with `Retry-After`. The gateway's own (`overloaded`, `unavailable`)"
                                + " were not carried out, so retrying after that many seconds is safe; a service's 503 during a change"
                                + " says in `detail` whether to check that it was saved first."))
                .put("contact", new JsonObject().put("name", "The Helhet operators of your region"))
                .put("license", new JsonObject().put("name", "EUPL-1.2").put("identifier", "EUPL-1.2"));
    }

    private static JsonObject securitySchemes(PublicApiSettings settings) {
        String tokens = " Tokens are signed JWTs (RS256) verified as RFC8725 (JWT best current practices) advises: only with the"
                + " realm's published keys and their algorithm, never `none`; issuer, audience `helhet-api` and expiry always"
                + " checked. Access tokens live minutes, not days.";
        return new JsonObject()
                .put("oauth2", new JsonObject()
                        .put("type", "oauth2")
                        .put("description", "For partner services: a client-credentials token from the Helhet Keycloak realm." + tokens)
                        .put("flows", new JsonObject().put("clientCredentials", new JsonObject()
                                .put("tokenUrl", settings.tokenUrl())
                                .put("refreshUrl", settings.tokenUrl())
                                .put("scopes", new JsonObject().put("organization",
                                        "Puts the municipalities the client serves into the token (required)")))))
                .put("bearer", new JsonObject()
                        .put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                        .put("description", "An access token of a person signed in to the Helhet Keycloak realm (staff and"
                                + " the person themself); the web UI sends it for them." + tokens))
                .put("operator", new JsonObject()
                        .put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                        .put("description", "An access token of a platform operator (realm role `platform-admin`), who"
                                + " onboards municipalities. No partner client or municipal user holds this role." + tokens));
    }

    private static JsonObject headers(PublicApiSettings settings) {
        String policy = "\"default\";q=" + number(settings.rateLimit().burst()) + ";w="
                + number(Math.ceil(settings.rateLimit().burst() / settings.rateLimit().perSecond()));
        return new JsonObject()
                .put("RateLimit", header("What is left of this client's limit: `r` requests now, the bucket full again in `t`"
                        + " seconds (draft-ietf-httpapi-ratelimit-headers).",
                        boundedString(64, "^\"default\";r=[0-9]+;t=[0-9]+$", "\"default\";r=180;t=1")))
                .put("RateLimit-Policy", header("The limit: `q` requests per `w` seconds, refilled evenly.",
                        boundedString(64, "^\"default\";q=[0-9]+;w=[0-9]+$", policy)))
                .put("Retry-After", header("Seconds to wait before trying again.", new JsonObject()
                        .put("type", "integer").put("format", "int32").put("minimum", 1).put("maximum", 3600).put("example", 1)))
                .put("Access-Control-Allow-Origin", header("Sent only when the request's `Origin` is one this deployment allows"
                        + " (`helhet.gateway.cors-origins`; none unless the region adds its own portals). Partner services call"
                        + " server to server and need no CORS.", boundedString(2048, "^https?://[^/\\s]+$", "https://portal.example.org")));
    }

    private static JsonObject header(String description, JsonObject schema) {
        return new JsonObject().put("description", description).put("schema", schema);
    }

    private static JsonObject boundedString(int maxLength, String pattern, String example) {
        return new JsonObject().put("type", "string").put("maxLength", maxLength).put("pattern", pattern).put("example", example);
    }

    private static JsonObject municipalityParameter() {
        return new JsonObject()
                .put("name", MUNICIPALITY_HEADER)
                .put("in", "header")
                .put("required", false)
                .put("description", "The municipality to act in, for a client or user of several; it must be one the token names."
                        + " Leave it out when the token names one.")
                .put("schema", boundedString(63, "^[a-z0-9][a-z0-9-]{1,62}$", "baerum"));
    }

    private static JsonObject gatewayResponses() {
        return new JsonObject()
                .put("TooManyRequests", response("`too-many-requests`: over this client's rate limit; wait `Retry-After` seconds",
                        "too-many-requests", "Too many requests", 429,
                        "This client sent more requests than the gateway allows; wait Retry-After seconds", true, true))
                .put("ServiceUnavailable", response(UNAVAILABLE, "overloaded", "The service is overloaded", 503,
                        "The participants service has more requests than it can take just now; the request was not carried out."
                                + " Try again after Retry-After seconds", true, false))
                .put("LengthRequired", response("`length-required`: a body must come with a `Content-Length`", "length-required",
                        "Length required", 411, "Send the request body with a Content-Length", false, true))
                .put("PayloadTooLarge", response("`payload-too-large`: the body is over the gateway's limit (1 MiB by default)",
                        "payload-too-large", "The request body is too large", 413,
                        "The gateway accepts request bodies of at most 1048576 bytes", false, true))
                .put("UriTooLong", response("`uri-too-long`: the request line is over the gateway's limit", "uri-too-long",
                        "The request URI is too long", 414, "Request URIs may be at most 8192 characters; send search terms in a"
                                + " body instead", false, true))
                .put("UnsupportedMediaType", response("`unsupported-media-type`: send the body as `application/json`",
                        "unsupported-media-type", "Unsupported media type", 415,
                        "Send the body as application/json", false, true));
    }

    private static JsonObject response(String description, String slug, String title, int status, String detail,
            boolean retryAfter, boolean rateLimited) {
        return new JsonObject()
                .put("description", description)
                .put("headers", gatewayHeaders(new JsonObject(), retryAfter, rateLimited))
                .put("content", new JsonObject().put(PROBLEM_JSON, new JsonObject()
                        .put("schema", new JsonObject().put("$ref", PROBLEM_REF))
                        .put("example", new JsonObject()
                                .put("type", "urn:helhet:problem:" + slug)
                                .put("title", title)
                                .put("status", status)
                                .put("detail", detail)
                                .put("requestId", EXAMPLE_REQUEST_ID))));
    }

    private static void operation(String path, String method, JsonObject operation) {
        boolean open = operation.getJsonArray("security") != null && operation.getJsonArray("security").isEmpty();
        if (!open) {
            operation.put("security", security(path, operation));
            JsonArray parameters = operation.getJsonArray("parameters", new JsonArray());
            parameters.add(ref("parameters", "Municipality"));
            operation.put("parameters", parameters);
        }
        JsonObject responses = operation.getJsonObject("responses");
        responses.forEach(answer -> {
            JsonObject response = (JsonObject) answer.getValue();
            if ((answer.getKey().startsWith("2") || answer.getKey().startsWith("4")) && !response.containsKey("$ref")) {
                response.put("headers", gatewayHeaders(response.getJsonObject("headers", new JsonObject()), false, true));
            }
        });
        responses.put("429", ref("responses", "TooManyRequests"));
        JsonObject serviceUnavailable = responses.getJsonObject("503");
        if (serviceUnavailable == null || serviceUnavailable.containsKey("$ref")) {
            responses.put("503", ref("responses", "ServiceUnavailable"));
        } else {
            // The service's own 503 keeps its types and example; the gateway's are added to what it says.
            serviceUnavailable.put("description", UNAVAILABLE + " " + serviceUnavailable.getString("description", ""));
            serviceUnavailable.put("headers", gatewayHeaders(serviceUnavailable.getJsonObject("headers", new JsonObject()), true, false));
        }
        responses.put("414", ref("responses", "UriTooLong"));
        if (WITH_BODY.contains(method) && operation.containsKey("requestBody")) {
            responses.put("411", ref("responses", "LengthRequired"));
            responses.put("413", ref("responses", "PayloadTooLarge"));
            responses.put("415", ref("responses", "UnsupportedMediaType"));
        }
        sort(responses);
    }

    /**
     * The services require a bearer token and list the roles an operation admits (OpenAPI 3.1 allows roles there). A
     * partner client may call what admits the role {@code partner}, with its client-credentials token; an operator's
     * operation names the operator scheme instead.
     */
    private static JsonArray security(String path, JsonObject operation) {
        JsonArray roles = new JsonArray();
        operation.getJsonArray("security", new JsonArray()).stream().map(JsonObject.class::cast)
                .flatMap(requirement -> requirement.fieldNames().stream().map(requirement::getJsonArray))
                .flatMap(JsonArray::stream).distinct().forEach(roles::add);
        if (path.contains(OPERATOR_PATH)) {
            return new JsonArray().add(new JsonObject().put("operator", roles));
        }
        JsonArray security = new JsonArray();
        if (roles.contains(PARTNER_ROLE)) {
            security.add(new JsonObject().put("oauth2", new JsonArray().add("organization")));
        }
        return security.add(new JsonObject().put("bearer", roles));
    }

    /** The headers the gateway adds to an answer, beside those it has: CORS always, the rate limit and Retry-After where they apply. */
    private static JsonObject gatewayHeaders(JsonObject headers, boolean retryAfter, boolean rateLimited) {
        List<String> names = new java.util.ArrayList<>();
        if (retryAfter) {
            names.add("Retry-After");
        }
        if (rateLimited) {
            names.addAll(List.of("RateLimit", "RateLimit-Policy"));
        }
        names.add("Access-Control-Allow-Origin");
        names.forEach(name -> headers.put(name, ref("headers", name)));
        return headers;
    }

    /** Statuses in numeric order, so the document reads (and diffs) the same whatever added them. */
    private static void sort(JsonObject responses) {
        List<String> statuses = responses.fieldNames().stream().sorted().toList();
        JsonObject sorted = new JsonObject();
        statuses.forEach(status -> sorted.put(status, responses.getValue(status)));
        statuses.forEach(responses::remove);
        sorted.forEach(entry -> responses.put(entry.getKey(), entry.getValue()));
    }

    private static JsonObject ref(String kind, String name) {
        return new JsonObject().put("$ref", "#/components/" + kind + "/" + name);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
