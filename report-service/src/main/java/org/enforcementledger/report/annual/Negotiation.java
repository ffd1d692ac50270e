package org.enforcementledger.report.annual;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Picks the representation by the Accept header, in the client's order of preference; a client that accepts anything
 * (the wildcard type curl and browsers send) gets the first one offered, not whichever the framework happens to match.
 */
final class Negotiation {

    private Negotiation() {
    }

    static String choose(HttpHeaders headers, String... offered) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (String candidate : offered) {
                if (accepted.isCompatible(MediaType.valueOf(candidate))) {
                    return candidate;
                }
            }
        }
        return offered[0];
    }
}
