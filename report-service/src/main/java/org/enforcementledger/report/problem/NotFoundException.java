package org.enforcementledger.report.problem;

import java.util.List;

/** 404: the addressed record does not exist (in the caller's org unit). */
public class NotFoundException extends ApiException {

    private final List<Problem.FieldError> errors;

    public NotFoundException(String detail) {
        super(404, "not-found", "Not found", detail);
        this.errors = null;
    }

    /** Nothing is found under the value of this field (e.g. {@code orgUnit}: a town with no figures). */
    public NotFoundException(String field, String message) {
        super(404, "not-found", "Not found", field + " " + message);
        this.errors = List.of(new Problem.FieldError(field, message));
    }

    @Override
    public List<Problem.FieldError> errors() {
        return errors;
    }
}
