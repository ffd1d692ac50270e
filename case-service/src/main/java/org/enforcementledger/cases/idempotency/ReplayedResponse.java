package org.enforcementledger.cases.idempotency;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/**
 * The stored response of a key, answered instead of running the handler again. It travels as an exception because a
 * CDI interceptor must return the resource method's own type, which is not always {@link Response}; {@link ReplayMapper}
 * turns it back into the stored status, {@code Location}, content type and body, plus {@code Idempotent-Replayed: true}.
 */
public class ReplayedResponse extends RuntimeException {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final IdempotencyStore.Stored stored;

    public ReplayedResponse(IdempotencyStore.Stored stored) {
        super(null, null, false, false);
        this.stored = stored;
    }

    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (stored.location() != null) {
            response.location(URI.create(stored.location()));
        }
        if (stored.body() != null) {
            response.entity(stored.body()).type(stored.contentType());
        }
        return response.build();
    }
}
