package org.enforcementledger.cases.inspection;

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
import org.enforcementledger.cases.inspection.InspectionViews.InspectionView;
import org.enforcementledger.cases.problem.DuplicateExternalRefException;
import org.enforcementledger.cases.security.Roles;

@Path("/api/v1/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections", description = "Administrative inspections (行政检查), joint inspections and patrols (spec §8)")
@AcceptsIdempotencyKey
public class InspectionResource {

    private final InspectionService inspections;

    public InspectionResource(InspectionService inspections) {
        this.inspections = inspections;
    }

    @RolesAllowed({ Roles.CASE_OFFICER })
    @POST
    @Operation(summary = "Record an inspection", description = "Of one object, under a matter published and in "
            + "force that day (R8.3, R2.2; an entrusted one with a valid, published letter, R3.6); by at least two "
            + "officers eligible that day (R4.6, R4.1). Never joint: the town's departments are one enforcement body "
            + "(a joint inspection is POST /api/v1/joint-inspections, R8.7). Without findings the record is "
            + "incomplete (R8.8). Publishes inspection.recorded.v1. An externalRef already used in the town is a 409 "
            + "whose problem names the existing inspection (existingId, existing, Location) and nothing is recorded.")
    public Response record(@Valid @NotNull InspectionRequests.NewInspection request) {
        Inspection inspection;
        try {
            inspection = inspections.record(request);
        } catch (DuplicateExternalRefException e) {
            throw inspections.existingInspection(e);
        }
        return Response.created(URI.create(InspectionService.COLLECTION + "/" + inspection.id))
                .entity(InspectionView.of(inspection)).build();
    }

    @RolesAllowed({ Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Path("/{id}")
    @Operation(summary = "Read an inspection")
    public InspectionView get(@PathParam("id") UUID id) {
        return InspectionView.of(inspections.get(id));
    }
}
