package org.enforcementledger.report.publication;

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

/** Who published a year, and who has not by 31 January. */
@Path("/api/v1/reports/{year}/publications")
@Tag(name = "Publications")
public class PublicationsOfYearResource {

    private final Publications publications;
    private final ReportScope scope;

    public PublicationsOfYearResource(Publications publications, ReportScope scope) {
        this.publications = publications;
        this.scope = scope;
    }

    @RolesAllowed({ Roles.ADMIN, Roles.LEADER, Roles.STATISTICS_READER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The publications of a year, and the towns that have not published by 31 January",
            description = "A district-supervisor gets every town known for the year (with figures of the year, or a"
                    + " publication), each ON_TIME, LATE or NOT_PUBLISHED, and every publication and correction;"
                    + " with orgUnit, one town. A town's callers get their own town.")
    public PublicationApi.Year publications(@PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(description = "Town or street code; defaults to the caller's own, or for a district-supervisor every town") @QueryParam("orgUnit") String orgUnit) {
        return publications.ofYear(year, scope.resolve(orgUnit));
    }
}
