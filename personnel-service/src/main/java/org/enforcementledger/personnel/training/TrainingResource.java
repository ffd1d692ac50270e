package org.enforcementledger.personnel.training;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.personnel.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.personnel.security.Roles;

@AcceptsIdempotencyKey
@Path("/api/v1/officers/{id}/trainings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training", description = "Training hours (R4.3: at least 60 class hours a year)")
public class TrainingResource {

    private final TrainingService trainings;

    public TrainingResource(TrainingService trainings) {
        this.trainings = trainings;
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @POST
    @Operation(summary = "Record completed training", description = "Publishes training.recorded.v1.")
    public Response record(@PathParam("id") UUID officerId, @Valid @NotNull TrainingRequests.NewTraining request) {
        Training training = trainings.record(officerId, request);
        return Response.created(URI.create("/api/v1/officers/" + officerId + "/trainings?year="
                + training.completedOn.getYear())).entity(TrainingViews.TrainingView.of(training)).build();
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "An officer's training in a year", description = "By completion day.")
    public List<TrainingViews.TrainingView> list(@PathParam("id") UUID officerId,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        return trainings.inYear(officerId, year).stream().map(TrainingViews.TrainingView::of).toList();
    }
}
