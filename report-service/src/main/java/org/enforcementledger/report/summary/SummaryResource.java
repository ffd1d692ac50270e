package org.enforcementledger.report.summary;

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

@Path("/api/v1/reports/{year}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Annual enforcement statistics, kept current from the event log")
public class SummaryResource {

    private final SummaryService summaries;

    public SummaryResource(SummaryService summaries) {
        this.summaries = summaries;
    }

    @GET
    @Operation(summary = "Headline figures of a year", description = "Derived from events only; nothing is typed in.")
    public SummaryService.Summary summary(@PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(description = "Town or street code; defaults to this installation's") @QueryParam("orgUnit") String orgUnit) {
        return summaries.summary(summaries.orgUnitOrDefault(orgUnit), year);
    }
}
