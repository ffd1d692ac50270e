package org.enforcementledger.personnel.officer;

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
import org.enforcementledger.personnel.audit.ChangeLog;
import org.enforcementledger.personnel.orgunit.OrgUnitContext;
import org.enforcementledger.personnel.security.Roles;

@Path("/api/v1/officers/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Officers")
public class OfficerChangesResource {

    private final ChangeLog changeLog;
    private final OrgUnitContext orgUnit;

    public OfficerChangesResource(ChangeLog changeLog, OrgUnitContext orgUnit) {
        this.changeLog = changeLog;
        this.orgUnit = orgUnit;
    }

    @GET
    @RolesAllowed({ Roles.PERSONNEL_CLERK, Roles.DISTRICT_SUPERVISOR })
    @Operation(summary = "Every change to officers since a cursor",
            description = "Registrations, updates, departures, certificates, exams and training, in a stable order: "
                    + "read page after page with the returned cursor and nothing is missed or repeated, even while "
                    + "writes go on.")
    public ChangeLog.Page changes(@QueryParam("after") @Size(max = 60) String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return changeLog.page(ChangeLog.OFFICERS, after, orgUnit.readScope(), limit);
    }
}
