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
import org.enforcementledger.cases.inspection.InspectionViews.JointInspectionView;
import org.enforcementledger.cases.problem.DuplicateExternalRefException;
import org.enforcementledger.cases.security.Roles;

@Path("/api/v1/joint-inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections")
@AcceptsIdempotencyKey
public class JointInspectionResource {

    private final JointInspectionService jointInspections;
    private final InspectionService inspections;

    public JointInspectionResource(JointInspectionService jointInspections, InspectionService inspections) {
        this.jointInspections = jointInspections;
        this.inspections = inspections;
    }

    @RolesAllowed({ Roles.CASE_OFFICER })
    @POST
    @Operation(summary = "Record a joint inspection", description = "One operation (联合检查行动) of two or more "
            + "enforcement bodies — a lead and participants of the register, the town's own body (its org-unit code) "
            + "among them; the town's offices and brigade are that one body (R8.7) — with one shared checklist, under "
            + "published matters in force that day (R8.3, R2.2, R3.1), by at least two of the town's officers eligible "
            + "that day (R4.6, R4.1), with one record per inspected object (an object twice is a 409). Publishes "
            + "joint-inspection.recorded.v1 once, and inspection.recorded.v1 per object.")
    public Response record(@Valid @NotNull JointInspectionRequests.NewJointInspection request) {
        JointInspectionService.Recorded recorded;
        try {
            recorded = jointInspections.record(request);
        } catch (DuplicateExternalRefException e) {
            throw inspections.existingInspection(e);
        }
        return Response.created(URI.create(JointInspectionService.COLLECTION + "/" + recorded.operation().id))
                .entity(JointInspectionView.of(recorded.operation(), recorded.objects())).build();
    }

    @RolesAllowed({ Roles.CASE_OFFICER })
    @POST
    @Path("/{id}/objects")
    @Operation(summary = "Record one more inspected object of a joint inspection", description = "Under one of the "
            + "operation's matters (its first when none is named). An object recorded in the operation already is a "
            + "409. Publishes inspection.recorded.v1 naming the operation.")
    public Response addObject(@PathParam("id") UUID id,
            @Valid @NotNull JointInspectionRequests.InspectedObject request) {
        Inspection inspection;
        try {
            inspection = jointInspections.addObject(id, request);
        } catch (DuplicateExternalRefException e) {
            throw inspections.existingInspection(e);
        }
        return Response.created(URI.create(InspectionService.COLLECTION + "/" + inspection.id))
                .entity(InspectionView.of(inspection)).build();
    }

    @RolesAllowed({ Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Path("/{id}")
    @Operation(summary = "Read a joint inspection, with its objects")
    public JointInspectionView get(@PathParam("id") UUID id) {
        JointInspectionService.Recorded recorded = jointInspections.get(id);
        return JointInspectionView.of(recorded.operation(), recorded.objects());
    }
}
