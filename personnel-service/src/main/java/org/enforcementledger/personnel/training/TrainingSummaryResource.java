package org.enforcementledger.personnel.training;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
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

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.personnel.officer.Officer;
import org.enforcementledger.personnel.orgunit.OrgUnitContext;
import org.enforcementledger.personnel.problem.NotFoundException;
import org.enforcementledger.personnel.security.Roles;

@Path("/api/v1/officers/{id}/training-summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class TrainingSummaryResource {

    @Schema(name = "TrainingSummary")
    public record TrainingSummary(UUID officerId, int year,
            @Schema(description = "Hours per category; every category is listed") Map<TrainingCategory, BigDecimal> hoursByCategory,
            BigDecimal totalHours,
            @Schema(description = "ledger.training.required-hours (R4.3: 60)") BigDecimal requiredHours,
            boolean met) {
    }

    private final OrgUnitContext orgUnit;
    private final BigDecimal requiredHours;

    public TrainingSummaryResource(OrgUnitContext orgUnit,
            @ConfigProperty(name = "ledger.training.required-hours", defaultValue = "60") BigDecimal requiredHours) {
        this.orgUnit = orgUnit;
        this.requiredHours = requiredHours;
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "An officer's training hours in a year against the requirement (R4.3)")
    public TrainingSummary summary(@PathParam("id") UUID officerId,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        Officer.findReadable(orgUnit.readScope(), officerId)
                .orElseThrow(() -> new NotFoundException("No officer " + officerId + "."));
        Map<TrainingCategory, BigDecimal> byCategory = new EnumMap<>(TrainingCategory.class);
        for (TrainingCategory category : TrainingCategory.values()) {
            byCategory.put(category, BigDecimal.ZERO.setScale(1));
        }
        for (Training training : Training.ofOfficerInYear(officerId, year)) {
            byCategory.merge(training.category, training.hours, BigDecimal::add);
        }
        BigDecimal total = byCategory.values().stream().reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
        return new TrainingSummary(officerId, year, byCategory, total, requiredHours,
                total.compareTo(requiredHours) >= 0);
    }
}
