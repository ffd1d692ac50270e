package org.enforcementledger.cases.problem;

import java.util.Map;

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

    /** Further members of the problem (RFC 9457, section 3.2), in the order they are written; none by default. */
    public Map<String, Object> extensions() {
        return Map.of();
    }

    /** Where the answer's {@code Location} header points, if anywhere. */
    public String location() {
        return null;
    }
}
