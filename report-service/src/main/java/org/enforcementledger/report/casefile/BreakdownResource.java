package org.enforcementledger.report.casefile;

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
import org.enforcementledger.report.casefile.Breakdowns.Dimension;
import org.enforcementledger.report.problem.InvalidFieldException;
import org.enforcementledger.report.security.ReportScope;
import org.enforcementledger.report.security.Roles;

@Path("/api/v1/reports/{year}/breakdown")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class BreakdownResource {

    @Schema(name = "Breakdown")
    public record Breakdown(@Schema(example = "2024") int year, @Schema(example = "500112-dawan") String orgUnit,
            @Schema(example = "month") String by, List<Breakdowns.Row> rows) {
    }

    private final Breakdowns breakdowns;
    private final ReportScope scope;

    public BreakdownResource(Breakdowns breakdowns, ReportScope scope) {
        this.breakdowns = breakdowns;
        this.scope = scope;
    }

    @RolesAllowed({ Roles.LEADER, Roles.STATISTICS_READER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "A year's penalty decisions, fines, confiscations, cases filed and inspections, split one way",
            description = "Decisions are placed by decidedOn, cases by filedOn, inspections by conductedOn; rows are"
                    + " sorted by key. month lists 01 to 12, matterSource and penaltyKind every value, with zeros;"
                    + " village, department and matter list the keys that occur. By department a decision, case or"
                    + " inspection counts once under each department in its departmentCodes, so the rows may add up"
                    + " to more than the year's total. By penaltyKind a decision counts under its heaviest kind;"
                    + " cases filed and inspections have no kind and are 0 there.")
    public Breakdown breakdown(@PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(description = "How to split the year", required = true, schema = @Schema(enumeration = {
                    "month", "village", "department", "matterSource", "penaltyKind", "matter" })) @QueryParam("by") String by,
            @Parameter(description = "Town or street code; defaults to the caller's own (district roles must name one)") @QueryParam("orgUnit") String orgUnit) {
        Dimension dimension = Dimension.of(by).orElseThrow(() -> new InvalidFieldException("by",
                "must be one of " + String.join(", ", Dimension.parameters())));
        String unit = scope.town(orgUnit);
        return new Breakdown(year, unit, dimension.parameter(), breakdowns.of(unit, year, dimension));
    }
}
