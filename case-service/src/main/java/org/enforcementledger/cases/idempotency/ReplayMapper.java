package org.enforcementledger.cases.idempotency;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers a {@link ReplayedResponse} with the stored response. */
public class ReplayMapper {

    @ServerExceptionMapper
    public Response replay(ReplayedResponse replay) {
        return replay.toResponse();
    }
}
