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
@Path("/api/v1/officers/{id}/exams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exams", description = "Qualification exams and the annual legal exam (R4.4)")
public class ExamResource {

    private final ExamService exams;

    public ExamResource(ExamService exams) {
        this.exams = exams;
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @POST
    @Operation(summary = "Record an exam", description = "Publishes exam.recorded.v1.")
    public Response record(@PathParam("id") UUID officerId, @Valid @NotNull ExamRequests.NewExam request) {
        Exam exam = exams.record(officerId, request);
        return Response.created(URI.create("/api/v1/officers/" + officerId + "/exams"))
                .entity(ExamViews.ExamView.of(exam)).build();
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "An officer's exams", description = "Oldest first.")
    public List<ExamViews.ExamView> list(@PathParam("id") UUID officerId) {
        return exams.ofOfficer(officerId).stream().map(ExamViews.ExamView::of).toList();
    }
}
