package org.enforcementledger.cases.coercion;

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
import org.enforcementledger.cases.coercion.CoerciveMeasureViews.MeasureView;
import org.enforcementledger.cases.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.cases.security.Roles;

@Path("/api/v1/coercive-measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coercion", description = "Administrative coercive measures (行政强制措施, spec §7)")
@AcceptsIdempotencyKey
public class CoerciveMeasureResource {

    private final CoerciveMeasureService measures;

    public CoerciveMeasureResource(CoerciveMeasureService measures) {
        this.measures = measures;
    }

    @RolesAllowed({ Roles.CASE_OFFICER })
    @POST
    @Operation(summary = "Record a coercive measure in a case", description = "Never under an entrusted matter (R3.5); "
            + "by at least two officers eligible that day (R4.6, R4.1); each measure lasts at most 30 days, 60 with an "
            + "approved extension (§7, Coercion Law Arts 25 and 32). Publishes coercive-measure.applied.v1.")
    public Response apply(@Valid @NotNull CoerciveMeasureRequests.NewMeasure request) {
        CoerciveMeasure measure = measures.apply(request);
        return Response.created(URI.create("/api/v1/cases/" + measure.caseFile.id)).entity(MeasureView.of(measure))
                .build();
    }
}
