package org.enforcementledger.personnel.officer;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.personnel.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.personnel.security.Roles;

@AcceptsIdempotencyKey
@Path("/api/v1/officers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Officers", description = "Enforcement officers (执法人员)")
public class OfficerResource {

    private final OfficerService officers;

    public OfficerResource(OfficerService officers) {
        this.officers = officers;
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @POST
    @Operation(summary = "Register an officer", description = "Publishes officer.registered.v1.")
    public Response register(@Valid @NotNull OfficerRequests.NewOfficer request) {
        Officer officer = officers.register(request);
        return Response.created(URI.create("/api/v1/officers/" + officer.id))
                .entity(OfficerViews.OfficerView.of(officer)).build();
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(summary = "Change an officer", description = "Optimistic locking: send the version you read; a stale "
            + "version is a 409. Publishes officer.updated.v1.")
    public OfficerViews.OfficerView update(@PathParam("id") UUID id,
            @Valid @NotNull OfficerRequests.OfficerChanges changes) {
        return OfficerViews.OfficerView.of(officers.update(id, changes));
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @POST
    @Path("/{id}/departure")
    @Operation(summary = "Record an officer's departure", description = "The certificate in force is cancelled (注销) "
            + "with the same date. Publishes officer.departed.v1 and certificate.cancelled.v1.")
    public OfficerViews.OfficerView depart(@PathParam("id") UUID id,
            @Valid @NotNull OfficerRequests.Departure departure) {
        return OfficerViews.OfficerView.of(officers.depart(id, departure));
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK, Roles.LEADER, Roles.DISTRICT_SUPERVISOR,
            Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER })
    @GET
    @Path("/{id}")
    @Operation(summary = "Read one officer")
    public OfficerViews.OfficerView get(@PathParam("id") UUID id) {
        return OfficerViews.OfficerView.of(officers.get(id));
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "List officers", description = "Filtered by department code and status; paged, by name.")
    public OfficerViews.OfficerPage list(@QueryParam("departmentCode") String departmentCode,
            @QueryParam("status") OfficerStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return OfficerViews.OfficerPage.of(officers.list(departmentCode, status, page, size), page, size);
    }
}
