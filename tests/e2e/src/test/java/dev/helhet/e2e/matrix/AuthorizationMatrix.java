package dev.helhet.e2e.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helhet.e2e.Platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Runs every operation of an OpenAPI document for every caller and every target the operation can
 * name, and compares each answer with what the roles in the document and need-to-know in
 * {@link CareWorld#sees} expect: 401 without a token, 403 for a role the operation does not list,
 * 404 for a person or object the caller may not see, and otherwise an answer past the wall.
 */
public final class AuthorizationMatrix {

    /** What a case should answer. */
    enum Expected { UNAUTHORIZED, FORBIDDEN, HIDDEN, THROUGH }

    /** What the run found. */
    public record Result(int operations, int cases, int anonymous, int forbidden, int hidden, int through,
                         int refusedAtValidation, List<String> failures) {
    }

    /** An id a path can name, and who may see what it names. */
    private record Target(String label, String id, Predicate<MatrixCaller> visible) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Operations about the caller as a professional: a user not registered as one gets 403 {@code not-a-professional}. */
    private static final Set<String> PROFESSIONALS_ONLY = Set.of("/api/v1/coordinators/caseload", "/api/v1/coordinators/professionals/me");
    /** Open data: anyone may read it, signed in or not (ADR 0029). */
    private static final String OPEN_DATA = "/api/v1/statistics/open/";
    /** A body no JSON parser accepts: a caller who is let through gets 400 and nothing is changed. */
    private static final String UNPARSEABLE = "{\"matrix\": ";

    private AuthorizationMatrix() {
    }

    public static Result run(JsonNode document) {
        OpenApiOperations api = new OpenApiOperations(document);
        List<ApiOperation> operations = new ArrayList<>(api.operations());
        operations.sort(Comparator.comparingInt(AuthorizationMatrix::phase).thenComparing(ApiOperation::path, Comparator.reverseOrder()));
        CareWorld world = CareWorld.build();
        List<MatrixCaller> callers = List.of(MatrixCaller.anonymous(), MatrixCaller.user("asker.coordinator"),
                MatrixCaller.user("asker.professional"), MatrixCaller.user("asker.teamlead"), MatrixCaller.user("asker.admin"),
                MatrixCaller.user("asker.analyst"), MatrixCaller.partner(), MatrixCaller.user("amina.hassan"),
                MatrixCaller.user("region.operator"), MatrixCaller.user("harstad.coordinator"));
        Map<String, String> bodyIds = Map.of("professionalId", world.askerProfessional, "organisationId", world.askerOrganisation,
                "deputyId", world.askerCoordinator);

        int cases = 0, anonymous = 0, forbidden = 0, hidden = 0, through = 0, refusedAtValidation = 0;
        List<String> failures = new ArrayList<>();
        for (ApiOperation operation : operations) {
            boolean open = operation.path().startsWith(OPEN_DATA);
            if (api.secured(operation) == open) {
                failures.add(operation + (open ? ": open data, yet declares a security requirement" : ": declares no security requirement"));
            }
            String pathParameter = scopedParameter(operation);
            for (Target target : targets(operation, pathParameter, world)) {
                List<String> unknownIds = new ArrayList<>();
                String path = operation.expand(name -> {
                    if (name.equals(pathParameter)) {
                        return target.id();
                    }
                    unknownIds.add(UUID.randomUUID().toString());
                    return unknownIds.getLast();
                });
                for (MatrixCaller caller : callers) {
                    Expected expected = open ? Expected.THROUGH : expect(operation, caller, target, world);
                    String body = !operation.hasBody() ? null
                            : expected == Expected.THROUGH && !operation.safe() ? UNPARSEABLE : api.body(operation, bodyIds);
                    HttpResponse<String> answer = send(operation.method(), path, caller, body);
                    cases++;
                    int status = answer.statusCode();
                    boolean namesTarget = target.id() != null && answer.body().contains(target.id());
                    boolean namesUnknown = unknownIds.stream().anyMatch(answer.body()::contains);
                    String where = "%s as %s, %s: expected %s, got %d %s".formatted(operation, caller, target.label(), expected, status,
                            abbreviate(answer.body()));
                    switch (expected) {
                        case UNAUTHORIZED -> {
                            anonymous++;
                            if (status != 401) {
                                failures.add(where);
                            }
                        }
                        case FORBIDDEN -> {
                            forbidden++;
                            if (status != 403) {
                                failures.add(where);
                            }
                        }
                        case HIDDEN -> {
                            hidden++;
                            if (status == 400 && !operation.safe()) {
                                refusedAtValidation++;
                            } else if (status != 404 || !namesTarget) {
                                failures.add(where);
                            }
                        }
                        case THROUGH -> {
                            through++;
                            // Past the wall a made-up sub-object (a team member, an absence) may still be missing.
                            if (status == 401 || status == 403 || status >= 500 || (status == 404 && !namesUnknown)) {
                                failures.add(where);
                            }
                        }
                    }
                }
            }
        }
        return new Result(operations.size(), cases, anonymous, forbidden, hidden, through, refusedAtValidation,
                Collections.unmodifiableList(failures));
    }

    private static Expected expect(ApiOperation operation, MatrixCaller caller, Target target, CareWorld world) {
        if (!caller.signedIn()) {
            return Expected.UNAUTHORIZED;
        }
        if (operation.roles().isEmpty() ? caller.municipality() == null : Collections.disjoint(operation.roles(), caller.roles())) {
            // An operation open to every role still needs the municipality the caller acts for.
            return Expected.FORBIDDEN;
        }
        if (PROFESSIONALS_ONLY.contains(operation.path()) && !world.registeredProfessional(caller)) {
            return Expected.FORBIDDEN;
        }
        if (!target.visible().test(caller)) {
            return Expected.HIDDEN;
        }
        if (operation.path().contains("/absences") && !operation.safe() && !world.managesAbsencesOf(caller, target.id())) {
            return Expected.FORBIDDEN;
        }
        return Expected.THROUGH;
    }

    /**
     * Reads first, then changes, then deletions, the coordinator's last of all: a caller let through
     * a deletion really deletes, and the world must stay as {@link CareWorld#sees} describes it until then.
     */
    private static int phase(ApiOperation operation) {
        if (operation.safe()) {
            return 0;
        }
        if (!operation.method().equals("DELETE")) {
            return 1;
        }
        return operation.path().endsWith("/coordinator") ? 3 : 2;
    }

    /** The path parameter that names a person or a municipality's object, or null. */
    private static String scopedParameter(ApiOperation operation) {
        if (operation.parameters().contains("participantId")) {
            return "participantId";
        }
        for (String scoped : List.of("/api/v1/participants/{id}", "/api/v1/coordinators/organisations/{id}",
                "/api/v1/coordinators/professionals/{id}")) {
            if (operation.path().startsWith(scoped)) {
                return "id";
            }
        }
        return null;
    }

    private static List<Target> targets(ApiOperation operation, String parameter, CareWorld world) {
        if (parameter == null) {
            return List.of(new Target("no object", null, caller -> true));
        }
        if (operation.path().startsWith("/api/v1/coordinators/organisations/")) {
            return ownAndOther("organisation", world.askerOrganisation, world.harstadOrganisation);
        }
        if (operation.path().startsWith("/api/v1/coordinators/professionals/")) {
            return ownAndOther("professional", world.askerProfessional, world.harstadProfessional);
        }
        List<Target> people = new ArrayList<>();
        world.people().forEach((label, person) -> people.add(new Target("person " + label, person, caller -> world.sees(caller, person, operation))));
        return people;
    }

    private static List<Target> ownAndOther(String kind, String asker, String harstad) {
        return List.of(new Target(kind + " of Asker", asker, caller -> "asker".equals(caller.municipality())),
                new Target(kind + " of Harstad", harstad, caller -> "harstad".equals(caller.municipality())));
    }

    private static HttpResponse<String> send(String method, String path, MatrixCaller caller, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Platform.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        String token = caller.token().get();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            for (int attempt = 0; ; attempt++) {
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 429 || attempt == 5) {
                    return response;
                }
                Thread.sleep(1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
            }
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
