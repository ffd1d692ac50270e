package org.enforcementledger.personnel.department;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.personnel.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.personnel.orgunit.OrgUnitContext;
import org.enforcementledger.personnel.problem.ConflictException;
import org.enforcementledger.personnel.security.Roles;

import io.quarkus.panache.common.Sort;

@AcceptsIdempotencyKey
@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Departments", description = "The town's business offices and its enforcement brigade")
public class DepartmentResource {

    @Schema(name = "NewDepartment")
    public record NewDepartment(
            @Schema(example = "SAFETY") @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
            @Schema(example = "应急管理办公室") @NotBlank @Size(max = 100) String name,
            @Schema(example = "BUSINESS_OFFICE") @NotNull DepartmentKind kind) {
    }

    @Schema(name = "Department")
    public record DepartmentView(String code, String name, DepartmentKind kind) {
        static DepartmentView of(Department d) {
            return new DepartmentView(d.code, d.name, d.kind);
        }
    }

    private final OrgUnitContext orgUnit;

    public DepartmentResource(OrgUnitContext orgUnit) {
        this.orgUnit = orgUnit;
    }

    @RolesAllowed({ Roles.ADMIN })
    @POST
    @Transactional
    @Operation(summary = "Add a department", description = "The code is unique within the town.")
    public Response create(@Valid @NotNull NewDepartment request) {
        String unit = orgUnit.current();
        if (Department.findByCode(unit, request.code()).isPresent()) {
            throw new ConflictException("Department " + request.code() + " exists already.");
        }
        Department department = new Department();
        department.orgUnit = unit;
        department.code = request.code();
        department.name = request.name();
        department.kind = request.kind();
        department.persist();
        return Response.created(URI.create("/api/v1/departments/" + department.code))
                .entity(DepartmentView.of(department)).build();
    }

    @RolesAllowed({ Roles.ADMIN, Roles.PERSONNEL_CLERK, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "List the town's departments")
    public List<DepartmentView> list() {
        Sort order = Sort.by("orgUnit").and("code");
        return orgUnit.readScope().map(unit -> Department.<Department> list("orgUnit", order, unit))
                .orElseGet(() -> Department.listAll(order)).stream()
                .map(DepartmentView::of).toList();
    }
}
