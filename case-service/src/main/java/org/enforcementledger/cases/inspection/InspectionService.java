package org.enforcementledger.cases.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.enforcementledger.cases.entrustment.EntrustmentService;
import org.enforcementledger.cases.externalref.ExternalRefs;
import org.enforcementledger.cases.matter.Matter;
import org.enforcementledger.cases.matter.MatterService;
import org.enforcementledger.cases.officer.HandlingTeam;
import org.enforcementledger.cases.officer.OfficerStanding;
import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.outbox.EventPublisher;
import org.enforcementledger.cases.problem.DuplicateExternalRefException;
import org.enforcementledger.cases.problem.NotFoundException;
import org.enforcementledger.cases.rules.CatalogueRules;
import org.enforcementledger.cases.rules.Days;
import org.enforcementledger.cases.rules.EntrustmentRules;
import org.enforcementledger.cases.rules.InspectionRules;
import org.enforcementledger.cases.village.Village;
import org.enforcementledger.cases.village.VillageService;


/** Administrative inspections (行政检查): checks the rules of spec §8, then records and publishes. */
@ApplicationScoped
public class InspectionService {

    /** Where inspections live in the API. */
    public static final String COLLECTION = "/api/v1/inspections";
    /** The partial unique index on (org_unit, external_ref) of inspection. */
    static final String EXTERNAL_REF_INDEX = "inspection_external_ref";

    private final OrgUnitContext orgUnit;
    private final EventPublisher events;
    private final MatterService matters;
    private final VillageService villages;
    private final EntrustmentService entrustments;
    private final HandlingTeam team;
    private final Clock clock;

    public InspectionService(OrgUnitContext orgUnit, EventPublisher events, MatterService matters,
            VillageService villages, EntrustmentService entrustments, HandlingTeam team, Clock clock) {
        this.orgUnit = orgUnit;
        this.events = events;
        this.matters = matters;
        this.villages = villages;
        this.entrustments = entrustments;
        this.team = team;
        this.clock = clock;
    }

    /**
     * Records an inspection: under a matter of the catalogue that authorises inspections or penalties (R8.3), in force
     * (R2.2) and published (R8.3) that day; an entrusted one with a valid, published letter (R3.1, R3.6); by at least two officers eligible
     * that day (R4.6, R4.1). Joint when two or more departments or bodies take part (R8.7).
     */
    @Transactional
    public Inspection record(InspectionRequests.NewInspection request) {
        String unit = orgUnit.current();
        ExternalRefs.requireUnused(COLLECTION, request.externalRef(), ref -> holding(unit, ref));
        Days.notInFuture(request.conductedOn(), LocalDate.now(clock), "conductedOn");
        Matter matter = matters.named("matterCode", request.matterCode());
        InspectionRules.requireInspectableMatter(matter.code, matter.actType);
        CatalogueRules.requireInForce(matter.code, matter.effectiveFrom, matter.effectiveTo, request.conductedOn());
        Optional<String> unrecordedPublication = matters.requirePublished(matter, request.conductedOn());
        Optional<EntrustmentRules.Letter> letter = entrustments.authorisingLetter(matter, request.conductedOn());
        Village village = villages.named(request.villageCode());
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
        inspection.joint = InspectionRules.joint(departments);
        inspection.findings = request.findings();
        inspection.actingInNameOf = letter.map(EntrustmentRules.Letter::entrustingAuthority).orElse(null);
        inspection.warnings = unrecordedPublication.stream().toArray(String[]::new);
        ExternalRefs.persist(inspection, EXTERNAL_REF_INDEX, COLLECTION, inspection.externalRef);
        events.publish(InspectionEvents.RECORDED, inspection.id.toString(), unit,
                new InspectionEvents.InspectionRecorded(inspection.id, inspection.conductedOn, matter.code,
                        matter.source, village.code, inspection.kind, departments, List.of(inspection.officerIds),
                        inspection.joint, inspection.enterpriseRelated, request.target().kind()));
        return inspection;
    }

    /** Names the inspection that holds the reference of a refused recording (see {@link ExternalRefs#named}). */
    public DuplicateExternalRefException existingInspection(DuplicateExternalRefException refusal) {
        String unit = orgUnit.current();
        return ExternalRefs.named(refusal, ref -> holding(unit, ref));
    }

    private static Optional<UUID> holding(String unit, String externalRef) {
        return Inspection.findByExternalRef(unit, externalRef).map(i -> i.id);
    }

    /** The inspection, if the caller may read it. */
    public Inspection get(UUID id) {
        return Inspection.<Inspection> findByIdOptional(id).filter(i -> orgUnit.canRead(i.orgUnit))
                .orElseThrow(() -> new NotFoundException("No inspection " + id + "."));
    }
}
