package org.enforcementledger.cases.idempotency;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;

/**
 * What {@link IdempotencyKeyFilter} saw of this request before its body was read: the {@code Idempotency-Key} header
 * values, and the request's fingerprint. Read by {@link IdempotencyKeyInterceptor}.
 */
@RequestScoped
public class IdempotencyRequest {

    private List<String> headerValues = List.of();
    private String method;
    private String path;
    private String fingerprint;

    void capture(List<String> headerValues, String method, String path, String fingerprint) {
        this.headerValues = List.copyOf(headerValues);
        this.method = method;
        this.path = path;
        this.fingerprint = fingerprint;
    }

    /** Whether the request carries the header at all (once or more). */
    boolean keyed() {
        return !headerValues.isEmpty();
    }

    List<String> headerValues() {
        return headerValues;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    String fingerprint() {
        return fingerprint;
    }
}
