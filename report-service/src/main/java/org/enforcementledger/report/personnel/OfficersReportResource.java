package org.enforcementledger.report.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.report.security.ReportScope;
import org.enforcementledger.report.security.Roles;

@Path("/api/v1/reports/{year}/officers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class OfficersReportResource {

    @Schema(name = "OfficersReport")
    public record OfficersReport(int year, String orgUnit,
            @Schema(description = "The day certificate status is read on: 31 December, or today for the current year") LocalDate yearEnd,
            BigDecimal requiredTrainingHours, List<PersonnelFigures.OfficerYear> officers) {
    }

    private final PersonnelFigures figures;
    private final ReportScope scope;

    public OfficersReportResource(PersonnelFigures figures, ReportScope scope) {
        this.figures = figures;
        this.scope = scope;
    }

    @RolesAllowed({ Roles.LEADER, Roles.PERSONNEL_CLERK, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "Per officer: training hours by category, target met, annual exam, certificate at year end",
            description = "Officers in an enforcement post at some time in the year, by department and name.")
    public OfficersReport officers(@PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(description = "Town or street code; defaults to the caller's own (district roles must name one)") @QueryParam("orgUnit") String orgUnit) {
        String unit = scope.town(orgUnit);
        return new OfficersReport(year, unit, figures.yearEnd(year), figures.requiredHours(),
                figures.officers(unit, year));
    }
}
