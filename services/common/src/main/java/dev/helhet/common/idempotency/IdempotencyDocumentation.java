package dev.helhet.common.idempotency;

import dev.helhet.common.http.HeaderDocumentation;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.List;

/**
 * Writes out, on each operation that refers to {@link IdempotencyKeys#PARAMETER}, the {@code Idempotency-Key}
 * header and the answers it adds (409 {@code idempotency-key-in-use}, 422 {@code idempotency-key-reused}).
 */
public final class IdempotencyDocumentation {

    private static final String IN_USE = "`idempotency-key-in-use`: the first request with this `Idempotency-Key` is still"
            + " being carried out; ask again in a second";
    private static final String REUSED = "`idempotency-key-reused`: this `Idempotency-Key` was used in the last 24 hours for a"
            + " different request";

    private IdempotencyDocumentation() {
    }

    public static void declare(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(IdempotencyDocumentation::declare));
    }

    private static void declare(Operation operation) {
        if (HeaderDocumentation.inline(operation, IdempotencyKeys.PARAMETER, header())) {
            HeaderDocumentation.addOrExtend(operation, "409", IN_USE);
            HeaderDocumentation.addOrExtend(operation, "422", REUSED);
        }
    }

    private static Parameter header() {
        return OASFactory.createParameter()
                .name(IdempotencyKeys.HEADER)
                .in(Parameter.In.HEADER)
                .required(false)
                .description("Makes the request safe to retry: a retry with the same key and the same request within 24 hours"
                        + " gets the first answer again (with `Idempotent-Replayed: true`) and creates nothing new. A fresh"
                        + " random UUID per new request.")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).minLength(1)
                        .maxLength(IdempotencyKeys.MAX_LENGTH).pattern("^[\\x21-\\x7E]+$"))
                .example("5f0c8a7e-2b1d-4c3e-9f6a-7d8e9f0a1b2c");
    }
}
