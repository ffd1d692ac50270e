package org.enforcementledger.cases.expropriation;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.cases.expropriation.ExpropriationViews.ExpropriationView;
import org.enforcementledger.cases.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.cases.security.Roles;

@Path("/api/v1/expropriations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Expropriation", description = "Administrative expropriation and requisition (行政征收/征用)")
@AcceptsIdempotencyKey
public class ExpropriationResource {

    private final ExpropriationService expropriations;

    public ExpropriationResource(ExpropriationService expropriations) {
        this.expropriations = expropriations;
    }

    @RolesAllowed({ Roles.CASE_OFFICER })
    @POST
    @Operation(summary = "Record a completed expropriation or requisition", description = "Publishes "
            + "expropriation.recorded.v1.")
    public Response record(@Valid @NotNull ExpropriationRequests.NewExpropriation request) {
        Expropriation expropriation = expropriations.record(request);
        return Response.created(URI.create("/api/v1/expropriations/" + expropriation.id))
                .entity(ExpropriationView.of(expropriation)).build();
    }
}
