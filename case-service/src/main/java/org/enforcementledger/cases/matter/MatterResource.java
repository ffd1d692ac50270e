package org.enforcementledger.cases.matter;

import java.net.URI;
import java.time.LocalDate;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.cases.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.problem.ConflictException;
import org.enforcementledger.cases.problem.InvalidFieldException;
import org.enforcementledger.cases.security.Roles;

import io.quarkus.panache.common.Sort;

@Path("/api/v1/matters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "The enforcement catalogue (执法事项清单) and entrustment letters")
@AcceptsIdempotencyKey
public class MatterResource {

    @Schema(name = "NewMatter")
    public record NewMatter(
            @Schema(example = "YJ-CF-001") @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+") String code,
            @Schema(example = "对生产经营单位未按规定开展安全生产教育培训的处罚") @NotBlank @Size(max = 200) String name,
            @Schema(example = "PENALTY") @NotNull ActType actType,
            @Schema(example = "ENTRUSTED") @NotNull PowerSource source,
            @Schema(example = "区应急管理局") @Size(max = 100) String originalDepartment,
            @Schema(example = "《中华人民共和国安全生产法》第九十七条") @NotBlank @Size(max = 500) String legalBasis,
            @Schema(example = "2024-01-01") @NotNull LocalDate effectiveFrom,
            @Schema(example = "2025-06-30") LocalDate effectiveTo) {
    }

    @Schema(name = "Matter")
    public record MatterView(String code, String name, ActType actType, PowerSource source,
            String originalDepartment, String legalBasis, LocalDate effectiveFrom, LocalDate effectiveTo) {
        static MatterView of(Matter m) {
            return new MatterView(m.code, m.name, m.actType, m.source, m.originalDepartment, m.legalBasis,
                    m.effectiveFrom, m.effectiveTo);
        }
    }

    private final OrgUnitContext orgUnit;

    public MatterResource(OrgUnitContext orgUnit) {
        this.orgUnit = orgUnit;
    }

    @RolesAllowed({ Roles.ADMIN })
    @POST
    @Transactional
    @Operation(summary = "Add a matter to the catalogue", description = "Devolved and entrusted matters name their "
            + "original department (R2.1). The code is unique within the town.")
    public Response create(@Valid @NotNull NewMatter request) {
        if (request.effectiveTo() != null && request.effectiveTo().isBefore(request.effectiveFrom())) {
            throw new InvalidFieldException("effectiveTo", "must not be before effectiveFrom");
        }
        if (request.source() != PowerSource.STATUTORY
                && (request.originalDepartment() == null || request.originalDepartment().isBlank())) {
            throw new InvalidFieldException("originalDepartment", "is required for a devolved or entrusted matter");
        }
        String unit = orgUnit.current();
        if (Matter.findByCode(unit, request.code()).isPresent()) {
            throw new ConflictException("Matter " + request.code() + " exists already.");
        }
        Matter matter = new Matter();
        matter.orgUnit = unit;
        matter.code = request.code();
        matter.name = request.name();
        matter.actType = request.actType();
        matter.source = request.source();
        matter.originalDepartment = request.originalDepartment();
        matter.legalBasis = request.legalBasis();
        matter.effectiveFrom = request.effectiveFrom();
        matter.effectiveTo = request.effectiveTo();
        matter.persist();
        return Response.created(URI.create("/api/v1/matters/" + matter.code)).entity(MatterView.of(matter)).build();
    }

    @RolesAllowed({ Roles.ADMIN, Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "List the catalogue", description = "Optionally only the matters in force on a day.")
    public List<MatterView> list(@QueryParam("inForceOn") LocalDate inForceOn) {
        return orgUnit.readScope().map(unit -> Matter.<Matter> list("orgUnit", Sort.by("code"), unit))
                .orElseGet(() -> Matter.listAll(Sort.by("code"))).stream()
                .filter(m -> inForceOn == null || m.inForceOn(inForceOn)).map(MatterView::of).toList();
    }
}
