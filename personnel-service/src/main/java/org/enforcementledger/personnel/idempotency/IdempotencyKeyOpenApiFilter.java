package org.enforcementledger.personnel.idempotency;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the optional {@code Idempotency-Key} header on every {@code POST} operation of the API, with the two
 * answers it adds (409 while the first request is in flight, 422 for a key reused with another request). Registered
 * with {@code mp.openapi.filter}.
 */
public class IdempotencyKeyOpenApiFilter implements OASFilter {

    static final String EXAMPLE = IdempotencyKeys.EXAMPLE;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            Operation post = path.getPOST();
            if (post == null || hasHeader(post)) {
                continue;
            }
            post.addParameter(header());
            APIResponses responses = post.getResponses() == null ? OASFactory.createAPIResponses()
                    : post.getResponses();
            if (!responses.hasAPIResponse("409")) {
                responses.addAPIResponse("409", OASFactory.createAPIResponse().description("Conflict; with an "
                        + "Idempotency-Key also: a request with this key is still being processed (retry shortly)."));
            }
            if (!responses.hasAPIResponse("422")) {
                responses.addAPIResponse("422", OASFactory.createAPIResponse().description("Domain rule violated; "
                        + "with an Idempotency-Key also: the key was used for a different request "
                        + "(type urn:enforcement-ledger:problem:idempotency-key-reused)."));
            }
            post.setResponses(responses);
        }
    }

    private static boolean hasHeader(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && IdempotencyKeys.HEADER.equalsIgnoreCase(p.getName()));
    }

    private static Parameter header() {
        return OASFactory.createParameter()
                .name(IdempotencyKeys.HEADER)
                .in(Parameter.In.HEADER)
                .required(false)
                .description("Makes the request safe to retry (IETF draft \"The Idempotency-Key HTTP Header Field\"): "
                        + "a repeat with the same key and the same body within 24 h gets the first response again "
                        + "(same status, Location and body, header Idempotent-Replayed: true) and changes nothing. "
                        + "The same key with another body or path is a 422, a repeat while the first is still being "
                        + "processed a 409. Keys are per caller (org unit and user); a request refused with a 4xx or "
                        + "5xx frees its key. 1 to 200 printable ASCII characters; a UUID is a good choice.")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).minLength(1)
                        .maxLength(IdempotencyKeys.MAX_LENGTH).pattern(IdempotencyKeys.PATTERN))
                .example(EXAMPLE);
    }
}
