package org.enforcementledger.report.problem;

import java.util.List;

/** A refusal that the API answers with a problem response of its own status. */
public abstract class ApiException extends RuntimeException {

    private final int status;
    private final String kind;
    private final String title;

    protected ApiException(int status, String kind, String title, String detail) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** The spec rule the refusal rests on, if any. */
    public String rule() {
        return null;
    }

    /** The offending fields, if the refusal names any. */
    public List<Problem.FieldError> errors() {
        return null;
    }
}
