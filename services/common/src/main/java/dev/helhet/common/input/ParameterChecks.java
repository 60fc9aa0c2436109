package dev.helhet.common.input;

import dev.helhet.common.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * Query and path parameters keep the text rule of {@link InputBounds} before any resource sees them:
 * a NUL in {@code q} is a 400 naming the parameter, never a database error.
 */
public class ParameterChecks {

    @ServerRequestFilter
    public void refuseControlCharacters(ContainerRequestContext request) {
        check(request.getUriInfo().getQueryParameters());
        check(request.getUriInfo().getPathParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            boolean badName = InputBounds.hasControlCharacter(parameter.getKey());
            if (badName || parameter.getValue().stream().anyMatch(InputBounds::hasControlCharacter)) {
                throw ProblemException.invalidField(badName ? "query" : parameter.getKey(), InputBounds.controlCharacterMessage(),
                        InputBounds.CODE_CONTROL_CHARACTER);
            }
        }
    }
}
