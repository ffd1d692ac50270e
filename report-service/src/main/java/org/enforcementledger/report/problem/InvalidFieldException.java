package org.enforcementledger.report.problem;

import java.util.List;

/** 400 for a field whose value is well-formed but wrong in relation to another (e.g. a date before another date). */
public class InvalidFieldException extends ApiException {

    private final List<Problem.FieldError> errors;

    public InvalidFieldException(String field, String message) {
        super(400, "validation", "Invalid request", "The request has invalid fields.");
        this.errors = List.of(new Problem.FieldError(field, message));
    }

    @Override
    public List<Problem.FieldError> errors() {
        return errors;
    }
}
