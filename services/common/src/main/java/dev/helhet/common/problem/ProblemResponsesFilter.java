package dev.helhet.common.problem;

import dev.helhet.common.concurrency.EntityTagDocumentation;
import dev.helhet.common.idempotency.IdempotencyDocumentation;
import dev.helhet.common.input.InputBoundsDocumentation;
import dev.helhet.common.paging.PageSchemaNames;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Map;

/**
 * Documents on every API operation the errors every API operation can answer, as problem+json,
 * so that no endpoint can forget them: 401 and 403 always, 404 where the path names a resource,
 * 400 where the caller sends a body or parameters, 500 always; and the bearer requirement. Open-data
 * operations ({@link #isOpen}) need no token: they declare no security, and 429 instead of 401 and 403.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    /** The first problem type a response's description names, like {@code `already-registered`}. */
    private static final java.util.regex.Pattern FIRST_SLUG = java.util.regex.Pattern.compile("`([a-z][a-z-]*)`");
    private static final java.util.regex.Pattern OPEN = java.util.regex.Pattern.compile("/api/v1/[a-z-]+/open/.*");

    /** Whether anyone may call the path without a token: open data, GET only, rate-limited by the gateway. */
    public static boolean isOpen(String path) {
        return OPEN.matcher(path).matches();
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ensureProblemSchema(openAPI);
        PageSchemaNames.declare(openAPI);
        IdempotencyDocumentation.declare(openAPI);
        EntityTagDocumentation.declare(openAPI);
        InputBoundsDocumentation.declare(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        boolean hasParameters = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.QUERY);
        if (operation.getRequestBody() != null || hasParameters || path.contains("{")) {
            add(responses, "400", "Invalid request: `validation` (with `errors[]` per field) or `malformed-json`",
                    "urn:helhet:problem:validation", 400, "name: must not be blank");
        }
        if (isOpen(path)) {
            add(responses, "429", "`too-many-requests`: over the rate the gateway allows an address; wait `Retry-After` seconds",
                    "urn:helhet:problem:too-many-requests", 429, "This client sent more requests than the gateway allows; wait Retry-After seconds");
        } else {
            add(responses, "401", "No valid access token: `unauthenticated`", "urn:helhet:problem:unauthenticated", 401,
                    "Send a valid access token from the Helhet Keycloak realm as 'Authorization: Bearer <token>'");
            add(responses, "403", "`forbidden` (role), `no-active-municipality` or `municipality-not-permitted`",
                    "urn:helhet:problem:forbidden", 403, "Your role does not allow this operation");
        }
        if (path.contains("{")) {
            add(responses, "404", "`not-found`: nothing with this id in the caller's municipality",
                    "urn:helhet:problem:not-found", 404, "Participant 0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10 was not found");
        }
        add(responses, "500", "`internal-error`: nothing was changed; quote the request id", "urn:helhet:problem:internal-error", 500,
                "The request failed on our side and was not carried out. Quote the request id if you ask for help.");
        // Any other error a resource declares (409, 422 ...) is a problem too; its description names the specific types.
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.matches("[45][0-9][0-9]") && response.getContent() == null) {
                int code = Integer.parseInt(status);
                String description = response.getDescription() == null ? "" : response.getDescription();
                java.util.regex.Matcher named = FIRST_SLUG.matcher(description);
                String type = named.find() ? "urn:helhet:problem:" + named.group(1) : ProblemType.forStatus(code).uri().toString();
                response.setContent(problemContent(type, code, description.isBlank() ? ProblemType.forStatus(code).title()
                        : description.replace("`", "")));
            }
        });
        operation.setResponses(responses);
        if (isOpen(path)) {
            operation.setSecurity(new java.util.ArrayList<>());
        } else if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("bearer")));
        }
    }

    private static void add(APIResponses responses, String status, String description, String type, int code, String detail) {
        if (responses.hasAPIResponse(status)) {
            // A resource may describe when it answers this status; the body is always a problem with an example.
            responses.getAPIResponse(status).setContent(problemContent(type, code, detail));
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description)
                .content(problemContent(type, code, detail)));
    }

    private static Content problemContent(String type, int status, String detail) {
        // In RFC 9457's order, and always the same order: the document is committed as TypeScript (the web UI's types).
        Map<String, Object> example = new java.util.LinkedHashMap<>();
        example.put("type", type);
        example.put("title", ProblemType.forStatus(status).title());
        example.put("status", status);
        example.put("detail", detail);
        example.put("requestId", "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11");
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                .example(example));
    }

    private static void ensureProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        var schemas = openAPI.getComponents().getSchemas();
        if (schemas != null && schemas.containsKey("Problem")) {
            return;
        }
        Schema fieldError = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid field")
                .addProperty("field", string("Path of the field in the request", "nationalId.number"))
                .addProperty("message", string("What is wrong with it, for people", "must not be blank"))
                .addProperty("code", string("Stable code of the rule that failed", "not-blank"));
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details. Match on `type`; `title` and `detail` are for people.")
                .addProperty("type", string("Stable identifier of the kind of problem", "urn:helhet:problem:validation"))
                .addProperty("title", string("Short summary of the kind of problem", "The request has invalid fields"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).description("HTTP status").example(400))
                .addProperty("detail", string("What went wrong in this request", "name: must not be blank"))
                .addProperty("instance", string("The request path", "/api/v1/participants"))
                .addProperty("requestId", string("Id of the request, to quote when asking for help", "5b0c2f1e-9a3d-4d62-8a51-0c6f2b9e7d11"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(fieldError)
                        .description("One entry per invalid field")));
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description).example(example);
    }
}
