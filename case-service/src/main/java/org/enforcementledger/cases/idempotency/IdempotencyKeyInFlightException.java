package org.enforcementledger.cases.idempotency;

import org.enforcementledger.cases.problem.ApiException;

/** 409: a request with the same key is still being processed; retry once it is done to get its response. */
public class IdempotencyKeyInFlightException extends ApiException {

    public IdempotencyKeyInFlightException(String key) {
        super(409, "idempotency-key-in-flight", "Idempotency-Key in use",
                "A request with the Idempotency-Key '" + key + "' is still being processed; retry shortly to get its "
                        + "response.");
    }
}
