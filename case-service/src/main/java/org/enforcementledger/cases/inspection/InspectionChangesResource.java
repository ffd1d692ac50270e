package org.enforcementledger.cases.inspection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.cases.audit.ChangeLog;
import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.security.Roles;

@Path("/api/v1/inspections/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections")
public class InspectionChangesResource {

    private final ChangeLog changeLog;
    private final OrgUnitContext orgUnit;

    public InspectionChangesResource(ChangeLog changeLog, OrgUnitContext orgUnit) {
        this.changeLog = changeLog;
        this.orgUnit = orgUnit;
    }

    @GET
    @RolesAllowed({ Roles.CASE_OFFICER, Roles.DISTRICT_SUPERVISOR })
    @Operation(summary = "Every inspection recorded since a cursor",
            description = "In a stable order: "
                    + "read page after page with the returned cursor and nothing is missed or repeated, even while "
                    + "writes go on.")
    public ChangeLog.Page changes(@QueryParam("after") @Size(max = 60) String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return changeLog.page(ChangeLog.INSPECTIONS, after, orgUnit.readScope(), limit);
    }
}
