package dev.helhet.common.http;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;

/**
 * Writes out a request header an operation declares by {@code @Parameter(ref = "<component>")}, and the answers it
 * adds. Inline rather than a component, so that each service's document stands alone and merges without renaming.
 */
public final class HeaderDocumentation {

    private HeaderDocumentation() {
    }

    /** Replaces the operation's reference to {@code component} with {@code header}; false when it has none. */
    public static boolean inline(Operation operation, String component, Parameter header) {
        String reference = "#/components/parameters/" + component;
        List<Parameter> parameters = operation.getParameters();
        if (parameters == null || parameters.stream().noneMatch(parameter -> reference.equals(parameter.getRef()))) {
            return false;
        }
        operation.setParameters(parameters.stream().map(parameter -> reference.equals(parameter.getRef()) ? header : parameter).toList());
        return true;
    }

    /** Declares an answer, or names one more reason for an answer already declared (its first named type stays the example). */
    public static void addOrExtend(Operation operation, String status, String description) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        } else {
            existing.setDescription(existing.getDescription() + "; or " + description);
        }
        operation.setResponses(responses);
    }
}
