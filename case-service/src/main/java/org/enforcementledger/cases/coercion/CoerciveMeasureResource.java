package org.enforcementledger.cases.coercion;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.cases.casefile.CaseFile;
import org.enforcementledger.cases.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.cases.matter.PowerSource;
import org.enforcementledger.cases.officer.OfficerStanding;
import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.outbox.EventPublisher;
import org.enforcementledger.cases.problem.InvalidFieldException;
import org.enforcementledger.cases.problem.ReferenceException;
import org.enforcementledger.cases.problem.RuleViolationException;
import org.enforcementledger.cases.rules.HandlingTeam;
import org.enforcementledger.cases.rules.RuleSettings;
import org.enforcementledger.cases.security.Roles;

@Path("/api/v1/coercive-measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coercion", description = "Administrative coercive measures (行政强制措施, spec §7)")
@AcceptsIdempotencyKey
public class CoerciveMeasureResource {

    public static final String APPLIED = "coercive-measure.applied.v1";

    @Schema(name = "NewCoerciveMeasure")
    public record NewMeasure(
            @NotNull UUID caseId,
            @Schema(example = "SEAL") @NotNull CoerciveMeasure.Kind kind,
            @Schema(example = "2024-05-08") @NotNull LocalDate appliedOn,
            @Schema(example = "30", description = "At most 30 days; up to 60 with an approved extension (Coercion Law Art 25)") @NotNull @Min(1) Integer days,
            @Schema(description = "Whether the head of the agency approved an extension beyond 30 days") Boolean extensionApproved,
            @NotNull @Size(max = 20) List<@NotNull UUID> officerIds) {
    }

    @Schema(name = "CoerciveMeasure")
    public record MeasureView(UUID id, UUID caseId, CoerciveMeasure.Kind kind, LocalDate appliedOn, int days,
            List<UUID> officerIds) {
    }

    public record MeasureApplied(UUID measureId, UUID caseId, CoerciveMeasure.Kind kind, LocalDate appliedOn,
            int days, List<UUID> officerIds, String matterCode, String villageCode) {
    }

    private final OrgUnitContext orgUnit;
    private final EventPublisher events;
    private final HandlingTeam team;
    private final RuleSettings settings;
    private final Clock clock;

    public CoerciveMeasureResource(OrgUnitContext orgUnit, EventPublisher events, HandlingTeam team,
            RuleSettings settings, Clock clock) {
        this.orgUnit = orgUnit;
        this.events = events;
        this.team = team;
        this.settings = settings;
        this.clock = clock;
    }

    @RolesAllowed({ Roles.CASE_OFFICER })
    @POST
    @Transactional
    @Operation(summary = "Record a coercive measure in a case", description = "Never under an entrusted matter (R3.5); "
            + "by at least two officers eligible that day (R4.6, R4.1); each measure lasts at most 30 days, 60 with an "
            + "approved extension (§7, Coercion Law Arts 25 and 32). Publishes coercive-measure.applied.v1.")
    public Response apply(@Valid @NotNull NewMeasure request) {
        String unit = orgUnit.current();
        if (request.appliedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("appliedOn", "must not be in the future");
        }
        CaseFile caseFile = CaseFile.lockForUpdate(unit, request.caseId())
                .orElseThrow(() -> new ReferenceException("caseId", "No case " + request.caseId() + "."));
        if (caseFile.matter.source == PowerSource.ENTRUSTED) {
            throw new RuleViolationException("R3.5", "case " + caseFile.id + " is handled under an entrusted matter; "
                    + "administrative coercive measures cannot be entrusted (Coercion Law Art 17).");
        }
        if (request.appliedOn().isBefore(caseFile.filedOn)) {
            throw new InvalidFieldException("appliedOn", "must not be before the case was filed on " + caseFile.filedOn);
        }
        int limit = settings.coercionMaxDays()
                + (Boolean.TRUE.equals(request.extensionApproved()) ? settings.coercionMaxExtensionDays() : 0);
        if (request.days() > limit) {
            throw new RuleViolationException("§7", "a " + request.kind() + " lasts at most " + settings.coercionMaxDays()
                    + " days, " + (settings.coercionMaxDays() + settings.coercionMaxExtensionDays())
                    + " with an approved extension (Coercion Law Art 25); " + request.days() + " requested.");
        }
        HandlingTeam.Checked checked = team.check(unit, request.officerIds(), request.appliedOn(),
                "a coercive measure", false);
        CoerciveMeasure measure = new CoerciveMeasure();
        measure.id = UUID.randomUUID();
        measure.caseFile = caseFile;
        measure.kind = request.kind();
        measure.appliedOn = request.appliedOn();
        measure.days = request.days();
        measure.officerIds = checked.officers().stream().map(OfficerStanding::officerId).toArray(UUID[]::new);
        measure.persist();
        caseFile.record("COERCIVE_MEASURE", request.appliedOn(), request.kind() + " for " + request.days() + " days");
        events.publish(APPLIED, caseFile.id.toString(), unit, new MeasureApplied(measure.id, caseFile.id,
                measure.kind, measure.appliedOn, measure.days, List.of(measure.officerIds), caseFile.matter.code,
                caseFile.village.code));
        return Response.created(URI.create("/api/v1/cases/" + caseFile.id)).entity(new MeasureView(measure.id,
                caseFile.id, measure.kind, measure.appliedOn, measure.days, List.of(measure.officerIds))).build();
    }
}
