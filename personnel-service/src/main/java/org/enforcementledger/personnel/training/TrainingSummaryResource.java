package org.enforcementledger.personnel.training;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.personnel.security.Roles;

@Path("/api/v1/officers/{id}/training-summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class TrainingSummaryResource {

    private final TrainingService trainings;

    public TrainingSummaryResource(TrainingService trainings) {
        this.trainings = trainings;
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "An officer's training hours in a year against the requirement (R4.3)")
    public TrainingViews.TrainingSummary summary(@PathParam("id") UUID officerId,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        return trainings.summary(officerId, year);
    }
}
