package org.enforcementledger.personnel.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}), with two extension members: {@code rule}, the id of the
 * broken rule in the domain spec (R4.6, ...), and {@code errors}, the offending fields of malformed input.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String rule,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "urn:enforcement-ledger:problem:";

    /** One offending field: its JSON path (e.g. {@code domains[0]}) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
