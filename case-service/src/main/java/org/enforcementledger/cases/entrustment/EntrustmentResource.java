package org.enforcementledger.cases.entrustment;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.cases.entrustment.EntrustmentViews.EntrustmentView;
import org.enforcementledger.cases.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.cases.security.Roles;

@Path("/api/v1/entrustments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
@AcceptsIdempotencyKey
public class EntrustmentResource {

    private final EntrustmentService entrustments;

    public EntrustmentResource(EntrustmentService entrustments) {
        this.entrustments = entrustments;
    }

    @RolesAllowed({ Roles.ADMIN })
    @POST
    @Operation(summary = "Record an entrustment letter", description = "Names entrusted matters only (R3.1); never a "
            + "coercive-measure matter (R3.5).")
    public Response create(@Valid @NotNull EntrustmentRequests.NewEntrustment request) {
        Entrustment entrustment = entrustments.create(request);
        return Response.created(URI.create("/api/v1/entrustments")).entity(EntrustmentView.of(entrustment)).build();
    }

    @RolesAllowed({ Roles.ADMIN, Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "List the entrustment letters")
    public List<EntrustmentView> list() {
        return entrustments.list().stream().map(EntrustmentView::of).toList();
    }
}
