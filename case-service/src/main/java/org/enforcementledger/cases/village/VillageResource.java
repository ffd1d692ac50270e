package org.enforcementledger.cases.village;

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
import org.enforcementledger.cases.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.problem.ConflictException;
import org.enforcementledger.cases.security.Roles;

import io.quarkus.panache.common.Sort;

@Path("/api/v1/villages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Villages", description = "The villages and communities of the jurisdiction (Dawan has 25)")
@AcceptsIdempotencyKey
public class VillageResource {

    @Schema(name = "NewVillage")
    public record NewVillage(
            @Schema(example = "DW-01") @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
            @Schema(example = "大湾村") @NotBlank @Size(max = 100) String name) {
    }

    @Schema(name = "Village")
    public record VillageView(String code, String name) {
        static VillageView of(Village v) {
            return new VillageView(v.code, v.name);
        }
    }

    private final OrgUnitContext orgUnit;

    public VillageResource(OrgUnitContext orgUnit) {
        this.orgUnit = orgUnit;
    }

    @RolesAllowed({ Roles.ADMIN })
    @POST
    @Transactional
    @Operation(summary = "Add a village or community", description = "The code is unique within the town.")
    public Response create(@Valid @NotNull NewVillage request) {
        String unit = orgUnit.current();
        if (Village.findByCode(unit, request.code()).isPresent()) {
            throw new ConflictException("Village " + request.code() + " exists already.");
        }
        Village village = new Village();
        village.orgUnit = unit;
        village.code = request.code();
        village.name = request.name();
        village.persist();
        return Response.created(URI.create("/api/v1/villages/" + village.code)).entity(VillageView.of(village))
                .build();
    }

    @RolesAllowed({ Roles.ADMIN, Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "List the town's villages and communities")
    public List<VillageView> list() {
        return orgUnit.readScope().map(unit -> Village.<Village> list("orgUnit", Sort.by("code"), unit))
                .orElseGet(() -> Village.listAll(Sort.by("code"))).stream().map(VillageView::of)
                .toList();
    }
}
