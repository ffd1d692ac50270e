package org.enforcementledger.personnel.officer;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.personnel.department.DepartmentKind;
import org.enforcementledger.personnel.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.personnel.orgunit.OrgUnitContext;
import org.enforcementledger.personnel.security.Roles;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@AcceptsIdempotencyKey
@Path("/api/v1/officers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Officers", description = "Enforcement officers (执法人员)")
public class OfficerResource {

    @Schema(name = "NewOfficer")
    public record NewOfficer(
            @Schema(example = "张伟") @NotBlank @Size(max = 50) String name,
            @Schema(example = "SAFETY") @NotBlank @Size(max = 32) String departmentCode,
            @Schema(example = "科员") @NotBlank @Size(max = 50) String position,
            @Schema(example = "true") @NotNull Boolean enforcementPost,
            @Schema(example = "false") @NotNull Boolean legalProfessionQualified,
            @Schema(example = "2021-03-01") @NotNull @PastOrPresent LocalDate joinedOn) {
    }

    @Schema(name = "Officer")
    public record OfficerView(UUID id, String orgUnit, String name, String departmentCode,
            DepartmentKind departmentKind, String position, boolean enforcementPost,
            boolean legalProfessionQualified, LocalDate joinedOn, LocalDate leftOn, OfficerStatus status,
            long version) {
        static OfficerView of(Officer o) {
            return new OfficerView(o.id, o.orgUnit, o.name, o.department.code, o.department.kind, o.position,
                    o.enforcementPost, o.legalProfessionQualified, o.joinedOn, o.leftOn, o.status, o.version);
        }
    }

    @Schema(name = "OfficerChanges", description = "The fields to change; absent fields stay as they are.")
    public record OfficerChanges(
            @Schema(description = "The version read; a stale one is refused with 409", example = "0") @NotNull Long version,
            @Schema(example = "张伟") @Size(min = 1, max = 50) String name,
            @Schema(example = "BRIGADE") @Size(min = 1, max = 32) String departmentCode,
            @Schema(example = "副队长") @Size(min = 1, max = 50) String position,
            Boolean enforcementPost,
            Boolean legalProfessionQualified) {
    }

    @Schema(name = "Departure")
    public record Departure(
            @Schema(example = "2024-09-30") @NotNull @PastOrPresent LocalDate leftOn,
            @Schema(example = "TRANSFER") @NotNull DepartureReason reason) {
    }

    @Schema(name = "OfficerPage")
    public record OfficerPage(List<OfficerView> items, int page, int size, long total) {
    }

    private final OfficerService officers;
    private final OrgUnitContext orgUnit;

    public OfficerResource(OfficerService officers, OrgUnitContext orgUnit) {
        this.officers = officers;
        this.orgUnit = orgUnit;
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @POST
    @Operation(summary = "Register an officer", description = "Publishes officer.registered.v1.")
    public Response register(@Valid @NotNull NewOfficer request) {
        Officer officer = officers.register(request);
        return Response.created(URI.create("/api/v1/officers/" + officer.id)).entity(OfficerView.of(officer)).build();
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(summary = "Change an officer", description = "Optimistic locking: send the version you read; a stale "
            + "version is a 409. Publishes officer.updated.v1.")
    public OfficerView update(@PathParam("id") UUID id, @Valid @NotNull OfficerChanges changes) {
        return OfficerView.of(officers.update(id, changes));
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @POST
    @Path("/{id}/departure")
    @Operation(summary = "Record an officer's departure", description = "The certificate in force is cancelled (注销) "
            + "with the same date. Publishes officer.departed.v1 and certificate.cancelled.v1.")
    public OfficerView depart(@PathParam("id") UUID id, @Valid @NotNull Departure departure) {
        return OfficerView.of(officers.depart(id, departure));
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK, Roles.LEADER, Roles.DISTRICT_SUPERVISOR,
            Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER })
    @GET
    @Path("/{id}")
    @Operation(summary = "Read one officer")
    public OfficerView get(@PathParam("id") UUID id) {
        return OfficerView.of(officers.get(id));
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "List officers", description = "Filtered by department code and status; paged, by name.")
    public OfficerPage list(@QueryParam("departmentCode") String departmentCode,
            @QueryParam("status") OfficerStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        orgUnit.readScope().ifPresent(unit -> {
            query.append(" and orgUnit = :orgUnit");
            parameters.and("orgUnit", unit);
        });
        if (departmentCode != null) {
            query.append(" and department.code = :departmentCode");
            parameters.and("departmentCode", departmentCode);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        PanacheQuery<Officer> result = Officer.find(query.toString(), Sort.by("name").and("id"), parameters)
                .page(Page.of(page, size));
        return new OfficerPage(result.list().stream().map(OfficerView::of).toList(), page, size, result.count());
    }
}
