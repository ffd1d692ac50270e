package org.enforcementledger.personnel.training;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.personnel.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.personnel.officer.Officer;
import org.enforcementledger.personnel.orgunit.OrgUnitContext;
import org.enforcementledger.personnel.outbox.EventPublisher;
import org.enforcementledger.personnel.problem.InvalidFieldException;
import org.enforcementledger.personnel.problem.NotFoundException;
import org.enforcementledger.personnel.security.Roles;

@AcceptsIdempotencyKey
@Path("/api/v1/officers/{id}/trainings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training", description = "Training hours (R4.3: at least 60 class hours a year)")
public class TrainingResource {

    @Schema(name = "NewTraining")
    public record NewTraining(
            @Schema(example = "《行政处罚法》专题培训") @NotBlank @Size(max = 200) String course,
            @Schema(example = "PUBLIC_LAW") @NotNull TrainingCategory category,
            @Schema(example = "6", description = "Class hours of this record: more than 0, at most 24") @NotNull
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 1) BigDecimal hours,
            @Schema(example = "2024-04-12") @NotNull LocalDate completedOn,
            @Schema(example = "渝北区司法局") @NotBlank @Size(max = 100) String provider) {
    }

    @Schema(name = "Training")
    public record TrainingView(long id, UUID officerId, String course, TrainingCategory category, BigDecimal hours,
            LocalDate completedOn, String provider) {
        static TrainingView of(Training t) {
            return new TrainingView(t.id, t.officer.id, t.course, t.category, t.hours, t.completedOn, t.provider);
        }
    }

    private final OrgUnitContext orgUnit;
    private final EventPublisher events;
    private final Clock clock;

    public TrainingResource(OrgUnitContext orgUnit, EventPublisher events, Clock clock) {
        this.orgUnit = orgUnit;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @POST
    @Transactional
    @Operation(summary = "Record completed training", description = "Publishes training.recorded.v1.")
    public Response record(@PathParam("id") UUID officerId, @Valid @NotNull NewTraining request) {
        if (request.completedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("completedOn", "must not be in the future");
        }
        Officer officer = Officer.lockForUpdate(orgUnit.current(), officerId)
                .orElseThrow(() -> new NotFoundException("No officer " + officerId + "."));
        Training training = new Training();
        training.officer = officer;
        training.course = request.course();
        training.category = request.category();
        training.hours = request.hours();
        training.completedOn = request.completedOn();
        training.provider = request.provider();
        training.persist();
        events.publish(TrainingEvents.RECORDED, officer.id.toString(), officer.orgUnit,
                new TrainingEvents.TrainingRecorded(training.id, officer.id, officer.department.code,
                        officer.department.kind, training.course, training.category, training.hours,
                        training.completedOn, training.provider));
        return Response.created(URI.create("/api/v1/officers/" + officerId + "/trainings?year="
                + training.completedOn.getYear())).entity(TrainingView.of(training)).build();
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "An officer's training in a year", description = "By completion day.")
    public List<TrainingView> list(@PathParam("id") UUID officerId,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        Officer.findReadable(orgUnit.readScope(), officerId)
                .orElseThrow(() -> new NotFoundException("No officer " + officerId + "."));
        return Training.ofOfficerInYear(officerId, year).stream().map(TrainingView::of).toList();
    }
}
