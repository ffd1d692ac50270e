package org.enforcementledger.cases.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.security.Roles;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, and when")
public class AuditResource {

    private final ChangeLog changeLog;
    private final OrgUnitContext orgUnit;

    public AuditResource(ChangeLog changeLog, OrgUnitContext orgUnit) {
        this.changeLog = changeLog;
        this.orgUnit = orgUnit;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.DISTRICT_SUPERVISOR })
    @Operation(summary = "An entity's history of changes, with actors",
            description = "Oldest first. The entity is a case id (its extensions, decision, amendments, reviews, "
                    + "closure and coercive measures are part of it), or an inspection or expropriation id.")
    public List<ChangeLog.Entry> history(
            @Parameter(example = "3f2b6f0e-8a4c-4d39-9f7e-2f1c1a0b9c11") @QueryParam("entity") @NotBlank @Size(max = 100) String entity,
            @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
        return changeLog.history(entity, orgUnit.readScope(), limit);
    }
}
