package org.enforcementledger.report.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
import org.enforcementledger.report.summary.SummaryService;

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
    private final SummaryService summaries;

    public OfficersReportResource(PersonnelFigures figures, SummaryService summaries) {
        this.figures = figures;
        this.summaries = summaries;
    }

    @GET
    @Operation(summary = "Per officer: training hours by category, target met, annual exam, certificate at year end",
            description = "Officers in an enforcement post at some time in the year, by department and name.")
    public OfficersReport officers(@PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(description = "Town or street code; defaults to this installation's") @QueryParam("orgUnit") String orgUnit) {
        String unit = summaries.orgUnitOrDefault(orgUnit);
        return new OfficersReport(year, unit, figures.yearEnd(year), figures.requiredHours(),
                figures.officers(unit, year));
    }
}
