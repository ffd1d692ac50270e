package org.enforcementledger.report.problem;

/** 409: the request clashes with the current state, e.g. a duplicate key or a concurrent update. */
public class ConflictException extends ApiException {

    public ConflictException(String detail) {
        super(409, "conflict", "Conflict", detail);
    }
}
