package org.enforcementledger.report.rebuild;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.report.problem.ConflictException;
import org.enforcementledger.report.security.Roles;

@Path("/api/v1/reports/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Rebuilding the aggregates from the event log")
public class RebuildResource {

    private final Rebuild rebuild;

    public RebuildResource(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    @RolesAllowed({ Roles.ADMIN })
    @POST
    @Operation(summary = "Rebuild every aggregate from the topics", description = "Replays all events into a fresh "
            + "schema while the API keeps serving the current figures, then switches in one transaction. 202 with the "
            + "progress; follow it in GET /api/v1/reports/status (rebuild) and the log. 409 while one is running.")
    public Response start() {
        if (!rebuild.start()) {
            throw new ConflictException("A rebuild is running already; see GET /api/v1/reports/status.");
        }
        return Response.accepted(rebuild.progress()).build();
    }
}
