package org.enforcementledger.cases.problem;

import java.util.List;

/** 422 for a well-formed field that names something that does not exist (e.g. an unknown department code). */
public class ReferenceException extends ApiException {

    private final String field;

    public ReferenceException(String field, String detail) {
        super(422, "unknown-reference", "Unknown reference", detail);
        this.field = field;
    }

    public List<Problem.FieldError> errors() {
        return List.of(new Problem.FieldError(field, getMessage()));
    }
}
