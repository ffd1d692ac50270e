package org.enforcementledger.cases.inspection;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.cases.casefile.Enums.PartyKind;
import org.enforcementledger.cases.entrustment.Entrustment;
import org.enforcementledger.cases.entrustment.EntrustmentRules;
import org.enforcementledger.cases.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.cases.matter.ActType;
import org.enforcementledger.cases.matter.Matter;
import org.enforcementledger.cases.matter.PowerSource;
import org.enforcementledger.cases.officer.OfficerStanding;
import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.outbox.EventPublisher;
import org.enforcementledger.cases.problem.DuplicateExternalRefException;
import org.enforcementledger.cases.problem.InvalidFieldException;
import org.enforcementledger.cases.problem.UniqueViolation;
import org.enforcementledger.cases.problem.NotFoundException;
import org.enforcementledger.cases.problem.ReferenceException;
import org.enforcementledger.cases.problem.RuleViolationException;
import org.enforcementledger.cases.rules.HandlingTeam;
import org.enforcementledger.cases.village.Village;
import org.enforcementledger.cases.security.Roles;

import io.quarkus.narayana.jta.QuarkusTransaction;

@Path("/api/v1/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections", description = "Administrative inspections (行政检查), joint or not (spec §8)")
@AcceptsIdempotencyKey
public class InspectionResource {

    public static final String RECORDED = "inspection.recorded.v1";
    static final String COLLECTION = "/api/v1/inspections";
    /** The partial unique index on (org_unit, external_ref) of inspection. */
    static final String EXTERNAL_REF_INDEX = "inspection_external_ref";

    @Schema(name = "InspectionTarget")
    public record Target(@Schema(example = "ORGANIZATION") @NotNull PartyKind kind,
            @Schema(example = "重庆某某建材有限公司") @NotBlank @Size(max = 200) String name) {
    }

    @Schema(name = "NewInspection")
    public record NewInspection(
            @Schema(example = "DW-JC-2024-0042", description = "The district platform's own id of the inspection, "
                    + "unique within the town: a second inspection with it is refused with a 409 naming the first")
            @Size(min = 1, max = 100) String externalRef,
            @Schema(example = "2024-04-18") @NotNull LocalDate conductedOn,
            @Schema(example = "AQ-JC-001") @NotBlank @Size(max = 64) String matterCode,
            @Schema(example = "DW-01") @NotBlank @Size(max = 32) String villageCode,
            @Schema(example = "ROUTINE") @NotNull Inspection.Kind kind,
            @Schema(example = "[\"BRIGADE\", \"SAFETY\"]", description = "Departments or bodies taking part; two or more make it a joint inspection (R8.7)")
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 32) String> departmentCodes,
            @NotNull @Size(max = 20) List<@NotNull UUID> officerIds,
            @Valid @NotNull Target target,
            @NotNull Boolean enterpriseRelated,
            @Schema(example = "消防通道堵塞，已责令当场整改") @NotBlank @Size(max = 4000) String findings) {
    }

    @Schema(name = "Inspection")
    public record InspectionView(UUID id,
            @Schema(example = "DW-JC-2024-0042", description = "The district platform's own id, if given") String externalRef,
            LocalDate conductedOn, String matterCode, PowerSource matterSource,
            String actingInNameOf, String villageCode, Inspection.Kind kind, List<String> departmentCodes,
            List<UUID> officerIds, PartyKind targetKind, String targetName, boolean enterpriseRelated, boolean joint,
            String findings) {
        static InspectionView of(Inspection i) {
            return new InspectionView(i.id, i.externalRef, i.conductedOn, i.matter.code, i.matter.source, i.actingInNameOf,
                    i.village.code, i.kind, List.of(i.departmentCodes), List.of(i.officerIds),
                    PartyKind.valueOf(i.targetKind), i.targetName, i.enterpriseRelated, i.joint, i.findings);
        }
    }

    public record InspectionRecorded(UUID inspectionId, LocalDate conductedOn, String matterCode,
            PowerSource matterSource, String villageCode, Inspection.Kind kind, List<String> departmentCodes,
            List<UUID> officerIds, boolean joint, boolean enterpriseRelated, PartyKind targetKind) {
    }

    private final OrgUnitContext orgUnit;
    private final EventPublisher events;
    private final HandlingTeam team;
    private final Clock clock;

    public InspectionResource(OrgUnitContext orgUnit, EventPublisher events, HandlingTeam team, Clock clock) {
        this.orgUnit = orgUnit;
        this.events = events;
        this.team = team;
        this.clock = clock;
    }

    @RolesAllowed({ Roles.CASE_OFFICER })
    @POST
    @Operation(summary = "Record an inspection", description = "Under a published matter in force that day (R8.3, "
            + "R2.2; an entrusted one with a valid, published letter, R3.6); by at least two officers eligible that "
            + "day (R4.6, R4.1). Joint when two or more departments or bodies take part: it counts once (R8.7). "
            + "Publishes inspection.recorded.v1. An externalRef already used in the town is a 409 whose problem "
            + "names the existing inspection (existingId, existing, Location) and nothing is recorded.")
    public Response record(@Valid @NotNull NewInspection request) {
        Inspection inspection;
        try {
            inspection = QuarkusTransaction.joiningExisting().call(() -> recordInTransaction(request));
        } catch (DuplicateExternalRefException e) {
            // Refused by the unique index (a concurrent request won): name the winner, now committed.
            // In a transaction of its own: the refused insert may have aborted a keyed POST's transaction (see
            // idempotency/IdempotencyKeyInterceptor), which can run no further statement.
            String unit = orgUnit.current();
            throw e.existingId() != null ? e
                    : QuarkusTransaction.requiringNew().call(() -> Inspection.findByExternalRef(unit, e.externalRef())
                            .map(existing -> e.resolved(existing.id)).orElse(e));
        }
        return Response.created(URI.create(COLLECTION + "/" + inspection.id))
                .entity(InspectionView.of(inspection)).build();
    }

    private Inspection recordInTransaction(NewInspection request) {
        String unit = orgUnit.current();
        if (request.externalRef() != null) {
            Inspection.findByExternalRef(unit, request.externalRef()).ifPresent(existing -> {
                throw new DuplicateExternalRefException(COLLECTION, request.externalRef(), existing.id);
            });
        }
        if (request.conductedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("conductedOn", "must not be in the future");
        }
        Matter matter = Matter.findByCode(unit, request.matterCode()).orElseThrow(
                () -> new ReferenceException("matterCode", "No matter " + request.matterCode() + " in the catalogue."));
        if (matter.actType != ActType.INSPECTION && matter.actType != ActType.PENALTY) {
            throw new RuleViolationException("R8.3", "matter " + matter.code + " is a " + matter.actType
                    + " matter; inspections rest on inspection or penalty matters.");
        }
        matter.requireInForceOn(request.conductedOn());
        Optional<Entrustment> letter = EntrustmentRules.authorisingLetter(matter, request.conductedOn());
        Village village = Village.findByCode(unit, request.villageCode()).orElseThrow(
                () -> new ReferenceException("villageCode", "No village " + request.villageCode() + " in this town."));
        HandlingTeam.Checked checked = team.check(unit, request.officerIds(), request.conductedOn(), "an inspection",
                false);
        List<String> departments = List.copyOf(new LinkedHashSet<>(request.departmentCodes()));

        Inspection inspection = new Inspection();
        inspection.id = UUID.randomUUID();
        inspection.orgUnit = unit;
        inspection.externalRef = request.externalRef();
        inspection.conductedOn = request.conductedOn();
        inspection.matter = matter;
        inspection.village = village;
        inspection.kind = request.kind();
        inspection.departmentCodes = departments.toArray(String[]::new);
        inspection.officerIds = checked.officers().stream().map(OfficerStanding::officerId).toArray(UUID[]::new);
        inspection.targetKind = request.target().kind().name();
        inspection.targetName = request.target().name();
        inspection.enterpriseRelated = request.enterpriseRelated();
        inspection.joint = departments.size() >= 2;
        inspection.findings = request.findings();
        inspection.actingInNameOf = letter.map(l -> l.entrustingAuthority).orElse(null);
        // Two concurrent inspections with one reference: the unique index lets one in, the other fails here, before
        // anything is published.
        try {
            inspection.persist();
            Inspection.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.of(e, EXTERNAL_REF_INDEX)) {
                throw new DuplicateExternalRefException(COLLECTION, inspection.externalRef, null);
            }
            throw e;
        }
        events.publish(RECORDED, inspection.id.toString(), unit, new InspectionRecorded(inspection.id,
                inspection.conductedOn, matter.code, matter.source, village.code, inspection.kind, departments,
                List.of(inspection.officerIds), inspection.joint, inspection.enterpriseRelated,
                request.target().kind()));
        return inspection;
    }

    @RolesAllowed({ Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER, Roles.LEADER, Roles.DISTRICT_SUPERVISOR })
    @GET
    @Path("/{id}")
    @Operation(summary = "Read an inspection")
    public InspectionView get(@PathParam("id") UUID id) {
        return Inspection.<Inspection> findByIdOptional(id).filter(i -> orgUnit.canRead(i.orgUnit))
                .map(InspectionView::of).orElseThrow(() -> new NotFoundException("No inspection " + id + "."));
    }
}
