package org.enforcementledger.report.problem;

/** 503: the request cannot be served now but may be shortly (e.g. the figures are held by a long batch). */
public class UnavailableException extends ApiException {

    public UnavailableException(String detail) {
        super(503, "unavailable", "Service Unavailable", detail);
    }
}
