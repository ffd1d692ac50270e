package org.enforcementledger.report.summary;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.report.security.ReportScope;
import org.enforcementledger.report.security.Roles;

@Path("/api/v1/reports/{year}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Annual enforcement statistics, kept current from the event log")
public class SummaryResource {

    private final SummaryService summaries;
    private final ReportScope scope;

    public SummaryResource(SummaryService summaries, ReportScope scope) {
        this.summaries = summaries;
        this.scope = scope;
    }

    @RolesAllowed({ Roles.LEADER, Roles.STATISTICS_READER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "Headline figures of a year", description = "Derived from events only; nothing is typed in. "
            + "A town's callers get their town; a district-supervisor gets the town named by orgUnit, or without it "
            + "the district roll-up (orgUnit \"district\"): the sum of the towns, rates recomputed from the sums.")
    public SummaryService.Summary summary(@PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(description = "Town or street code; defaults to the caller's own") @QueryParam("orgUnit") String orgUnit) {
        return scope.resolve(orgUnit).map(unit -> summaries.summary(unit, year))
                .orElseGet(() -> summaries.districtSummary(year));
    }
}
