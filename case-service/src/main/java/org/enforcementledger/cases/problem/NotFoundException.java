package org.enforcementledger.cases.problem;

/** 404: the addressed record does not exist (in the caller's org unit). */
public class NotFoundException extends ApiException {

    public NotFoundException(String detail) {
        super(404, "not-found", "Not found", detail);
    }
}
