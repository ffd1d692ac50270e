package org.enforcementledger.personnel.department;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.personnel.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.personnel.security.Roles;

@AcceptsIdempotencyKey
@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Departments", description = "The town's business offices and its enforcement brigade")
public class DepartmentResource {

    private final DepartmentService departments;

    public DepartmentResource(DepartmentService departments) {
        this.departments = departments;
    }

    @RolesAllowed({ Roles.ADMIN })
    @POST
    @Operation(summary = "Add a department", description = "The code is unique within the town.")
    public Response create(@Valid @NotNull DepartmentRequests.NewDepartment request) {
        Department department = departments.create(request);
        return Response.created(URI.create("/api/v1/departments/" + department.code))
                .entity(DepartmentViews.DepartmentView.of(department)).build();
    }

    @RolesAllowed({ Roles.ADMIN, Roles.PERSONNEL_CLERK, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "List the town's departments")
    public List<DepartmentViews.DepartmentView> list() {
        return departments.list().stream().map(DepartmentViews.DepartmentView::of).toList();
    }
}
