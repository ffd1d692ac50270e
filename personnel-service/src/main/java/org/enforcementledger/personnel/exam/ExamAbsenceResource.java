package org.enforcementledger.personnel.exam;

import java.net.URI;
import java.util.List;
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
import org.enforcementledger.personnel.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.personnel.security.Roles;

@AcceptsIdempotencyKey
@Path("/api/v1/officers/{id}/exam-absences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exams")
public class ExamAbsenceResource {

    private final ExamService exams;

    public ExamAbsenceResource(ExamService exams) {
        this.exams = exams;
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @POST
    @Operation(summary = "Record an absence from the annual legal exam",
            description = "R4.4. Only for ANNUAL_LEGAL, an officer on the staff on heldOn, not recorded as sitting "
                    + "the exam or already absent that day (409). Publishes exam.absence-recorded.v1.")
    public Response record(@PathParam("id") UUID officerId, @Valid @NotNull ExamRequests.NewAbsence request) {
        ExamAbsence absence = exams.recordAbsence(officerId, request);
        return Response.created(URI.create("/api/v1/officers/" + officerId + "/exam-absences"))
                .entity(ExamViews.AbsenceView.of(absence)).build();
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "An officer's absences from exams", description = "Oldest first.")
    public List<ExamViews.AbsenceView> list(@PathParam("id") UUID officerId) {
        return exams.absencesOf(officerId).stream().map(ExamViews.AbsenceView::of).toList();
    }
}
