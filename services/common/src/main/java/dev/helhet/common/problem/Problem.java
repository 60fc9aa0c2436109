package dev.helhet.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

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
        @Schema(description = "One entry per invalid field")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: a JSON path into the request and what is wrong with it. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Path of the field in the request body or parameter name", example = "name")
            String field,
            @Schema(description = "What is wrong with it", example = "must not be blank")
            String message) {
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, List.of());
    }

    public Problem at(String instance, String requestId) {
        return new Problem(type, title, status, detail, instance, requestId, errors);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, requestId, List.copyOf(fieldErrors));
    }
}
