package org.enforcementledger.cases.idempotency;

import org.enforcementledger.cases.problem.ApiException;

/** 422: the key was already used for another request (another body, method or path). Nothing is changed. */
public class IdempotencyKeyReusedException extends ApiException {

    public IdempotencyKeyReusedException(String key, String firstMethod, String firstPath) {
        super(422, "idempotency-key-reused", "Idempotency-Key reused",
                "The Idempotency-Key '" + key + "' was already used for a different request (" + firstMethod + " "
                        + firstPath + ", with another body or path); send a new key for a new request.");
    }
}
