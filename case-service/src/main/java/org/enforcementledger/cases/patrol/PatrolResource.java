package org.enforcementledger.cases.patrol;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.cases.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.cases.patrol.PatrolViews.PatrolView;
import org.enforcementledger.cases.security.Roles;

@Path("/api/v1/patrols")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections")
@AcceptsIdempotencyKey
public class PatrolResource {

    private final PatrolService patrols;

    public PatrolResource(PatrolService patrols) {
        this.patrols = patrols;
    }

    @RolesAllowed({ Roles.CASE_OFFICER })
    @POST
    @Operation(summary = "Record a patrol", description = "A patrol (巡查) of an area or route without a specific "
            + "object: recorded, never counted as an inspection (R8.8). By at least two officers eligible that day "
            + "(R4.6, R4.1); under a matter, when one is named, that an inspection may rest on (R8.3, R2.2, R3.1). "
            + "Publishes patrol.recorded.v1.")
    public Response record(@Valid @NotNull PatrolRequests.NewPatrol request) {
        Patrol patrol = patrols.record(request);
        return Response.created(URI.create(PatrolService.COLLECTION + "/" + patrol.id)).entity(PatrolView.of(patrol))
                .build();
    }

    @RolesAllowed({ Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Path("/{id}")
    @Operation(summary = "Read a patrol")
    public PatrolView get(@PathParam("id") UUID id) {
        return PatrolView.of(patrols.get(id));
    }
}
