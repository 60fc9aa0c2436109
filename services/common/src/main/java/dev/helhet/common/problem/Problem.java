package dev.helhet.common.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem details body, with field-level errors for invalid requests. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details. Match on `type`; `title` and `detail` are for people.")
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem", example = "urn:helhet:problem:validation")
        URI type,
        @Schema(description = "Short summary of the kind of problem", example = "The request has invalid fields")
        String title,
        @Schema(description = "HTTP status code", example = "400")
        int status,
        @Schema(description = "What went wrong in this request, for people", example = "name: must not be blank")
        String detail,
        @Schema(description = "The request path this problem is about", example = "/api/v1/participants")
        String instance,
        @Schema(description = "Id of the request, to quote when asking for help")
        String requestId,
        @Schema(description = "One entry per invalid field, the first " + Problem.MOST_ERRORS + " when there are more", maxItems = Problem.MOST_ERRORS)
        List<FieldError> errors,
        @JsonIgnore
        Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** The most field errors one answer lists: enough to fix any form, and a bound on the answer to a body of 10 000 bad items. */
    public static final int MOST_ERRORS = 100;

    public Problem {
        if (errors != null && errors.size() > MOST_ERRORS) {
            errors = List.copyOf(errors.subList(0, MOST_ERRORS));
        }
    }

    /** One invalid field: a JSON path into the request, what is wrong with it, and a stable code for it. */
    @Schema(name = "FieldError")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(
            @Schema(description = "Path of the field in the request body or parameter name", example = "nationalId.number")
            String field,
            @Schema(description = "What is wrong with it, for people", example = "The control digits do not match: the number is probably mistyped")
            String message,
            @Schema(description = "Stable code of the rule that failed, for clients that translate messages", example = "checksum")
            String code) {

        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, List.of(), Map.of());
    }

    public Problem at(String instance, String requestId) {
        return new Problem(type, title, status, detail, instance, requestId, errors, extensions);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, requestId, List.copyOf(fieldErrors), extensions);
    }

    /** Adds an RFC 9457 extension member, e.g. the id of the existing record in a conflict. */
    public Problem with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, instance, requestId, errors, Map.copyOf(more));
    }

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }
}
