package org.enforcementledger.cases.entrustment;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
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
import org.enforcementledger.cases.matter.ActType;
import org.enforcementledger.cases.matter.Matter;
import org.enforcementledger.cases.matter.PowerSource;
import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.problem.ConflictException;
import org.enforcementledger.cases.problem.InvalidFieldException;
import org.enforcementledger.cases.problem.ReferenceException;
import org.enforcementledger.cases.problem.RuleViolationException;
import org.enforcementledger.cases.security.Roles;

import io.quarkus.panache.common.Sort;

@Path("/api/v1/entrustments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
@AcceptsIdempotencyKey
public class EntrustmentResource {

    @Schema(name = "NewEntrustment")
    public record NewEntrustment(
            @Schema(example = "渝北应急委〔2024〕3号") @NotBlank @Size(max = 64) String number,
            @Schema(example = "重庆市渝北区应急管理局") @NotBlank @Size(max = 100) String entrustingAuthority,
            @Schema(example = "[\"YJ-CF-001\"]") @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 64) String> matterCodes,
            @Schema(example = "2024-01-01") @NotNull LocalDate validFrom,
            @Schema(example = "2026-12-31") @NotNull LocalDate validUntil,
            @Schema(example = "2024-01-05", description = "Day the letter was published; unpublished letters authorise nothing (R3.1)") LocalDate publishedOn) {
    }

    @Schema(name = "Entrustment")
    public record EntrustmentView(String number, String entrustingAuthority, List<String> matterCodes,
            LocalDate validFrom, LocalDate validUntil, LocalDate publishedOn) {
        static EntrustmentView of(Entrustment e) {
            return new EntrustmentView(e.number, e.entrustingAuthority,
                    e.matters.stream().map(m -> m.code).sorted().toList(), e.validFrom, e.validUntil, e.publishedOn);
        }
    }

    private final OrgUnitContext orgUnit;

    public EntrustmentResource(OrgUnitContext orgUnit) {
        this.orgUnit = orgUnit;
    }

    @RolesAllowed({ Roles.ADMIN })
    @POST
    @Transactional
    @Operation(summary = "Record an entrustment letter", description = "Names entrusted matters only (R3.1); never a "
            + "coercive-measure matter (R3.5).")
    public Response create(@Valid @NotNull NewEntrustment request) {
        if (request.validUntil().isBefore(request.validFrom())) {
            throw new InvalidFieldException("validUntil", "must not be before validFrom");
        }
        String unit = orgUnit.current();
        if (Entrustment.count("orgUnit = ?1 and number = ?2", unit, request.number()) > 0) {
            throw new ConflictException("Entrustment " + request.number() + " exists already.");
        }
        Entrustment entrustment = new Entrustment();
        entrustment.orgUnit = unit;
        entrustment.number = request.number();
        entrustment.entrustingAuthority = request.entrustingAuthority();
        entrustment.validFrom = request.validFrom();
        entrustment.validUntil = request.validUntil();
        entrustment.publishedOn = request.publishedOn();
        for (int i = 0; i < request.matterCodes().size(); i++) {
            String code = request.matterCodes().get(i);
            Matter matter = Matter.findByCode(unit, code).orElseThrow(
                    () -> new ReferenceException("matterCodes", "No matter " + code + " in the catalogue."));
            if (matter.actType == ActType.COERCION) {
                throw new RuleViolationException("R3.5", "matter " + code
                        + " is a coercive measure; administrative coercive measures cannot be entrusted.");
            }
            if (matter.source != PowerSource.ENTRUSTED) {
                throw new RuleViolationException("R3.1", "matter " + code + " is " + matter.source
                        + "; an entrustment letter may name entrusted matters only.");
            }
            entrustment.matters.add(matter);
        }
        entrustment.persist();
        return Response.created(URI.create("/api/v1/entrustments")).entity(EntrustmentView.of(entrustment)).build();
    }

    @RolesAllowed({ Roles.ADMIN, Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Operation(summary = "List the entrustment letters")
    public List<EntrustmentView> list() {
        Sort order = Sort.by("validFrom").and("number");
        return orgUnit.readScope().map(unit -> Entrustment.<Entrustment> list("orgUnit", order, unit))
                .orElseGet(() -> Entrustment.listAll(order))
                .stream().map(EntrustmentView::of).toList();
    }
}
