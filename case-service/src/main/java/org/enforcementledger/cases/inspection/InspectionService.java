package org.enforcementledger.cases.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.enforcementledger.cases.casefile.Enums.PartyKind;
import org.enforcementledger.cases.entrustment.EntrustmentService;
import org.enforcementledger.cases.externalref.ExternalRefs;
import org.enforcementledger.cases.matter.Matter;
import org.enforcementledger.cases.matter.MatterService;
import org.enforcementledger.cases.officer.HandlingTeam;
import org.enforcementledger.cases.officer.OfficerStanding;
import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.outbox.EventPublisher;
import org.enforcementledger.cases.problem.ConflictException;
import org.enforcementledger.cases.problem.DuplicateExternalRefException;
import org.enforcementledger.cases.problem.NotFoundException;
import org.enforcementledger.cases.problem.ReferenceException;
import org.enforcementledger.cases.problem.UniqueViolation;
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
    /** The partial unique index on (joint_inspection_id, target_kind, target_name) of inspection. */
    static final String JOINT_OBJECT_INDEX = "inspection_joint_object";

    /**
     * A matter an act may rest on that day, with the entrusting bureau the act is done in the name of (R3.2) and the
     * warning it is accepted with (an R8.3 publication not recorded), if any.
     */
    public record Authorised(Matter matter, Optional<String> actingInNameOf, Optional<String> warning) {
    }

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
     * Records an inspection of one object: under a matter an inspection may rest on that day ({@link #authorise}); by
     * at least two officers eligible that day (R4.6, R4.1). Never joint: the town's departments are one enforcement
     * body (a joint inspection is recorded by {@link JointInspectionService}). Without findings its record is
     * incomplete (R8.8).
     */
    @Transactional
    public Inspection record(InspectionRequests.NewInspection request) {
        String unit = orgUnit.current();
        ExternalRefs.requireUnused(COLLECTION, request.externalRef(), ref -> holding(unit, ref));
        Days.notInFuture(request.conductedOn(), LocalDate.now(clock), "conductedOn");
        Authorised authorised = authorise(matters.named("matterCode", request.matterCode()), request.conductedOn());
        Village village = villages.named(request.villageCode());
        HandlingTeam.Checked checked = team.check(unit, request.officerIds(), request.conductedOn(), "an inspection",
                false);

        Inspection inspection = new Inspection();
        inspection.id = UUID.randomUUID();
        inspection.orgUnit = unit;
        inspection.externalRef = request.externalRef();
        inspection.conductedOn = request.conductedOn();
        inspection.village = village;
        inspection.kind = request.kind();
        inspection.departmentCodes = new LinkedHashSet<>(request.departmentCodes()).toArray(String[]::new);
        inspection.officerIds = checked.officers().stream().map(OfficerStanding::officerId).toArray(UUID[]::new);
        inspection.targetKind = request.target().kind().name();
        inspection.targetName = request.target().name();
        inspection.enterpriseRelated = request.enterpriseRelated();
        inspection.joint = false;
        inspection.findings = request.findings();
        persistAndPublish(inspection, authorised);
        return inspection;
    }

    /**
     * Whether an inspection (or a patrol) may rest on the matter that day: one that authorises inspections or
     * penalties (R8.3), in force (R2.2) and published (R8.3) that day; an entrusted one with a valid, published letter
     * (R3.1, R3.6).
     */
    public Authorised authorise(Matter matter, LocalDate day) {
        InspectionRules.requireInspectableMatter(matter.code, matter.actType);
        CatalogueRules.requireInForce(matter.code, matter.effectiveFrom, matter.effectiveTo, day);
        Optional<String> warning = matters.requirePublished(matter, day);
        Optional<EntrustmentRules.Letter> letter = entrustments.authorisingLetter(matter, day);
        return new Authorised(matter, letter.map(EntrustmentRules.Letter::entrustingAuthority), warning);
    }

    /**
     * Records one inspected object of a joint inspection, checked already: the operation's day, village, kind,
     * officers and departments, under one of its matters.
     */
    Inspection recordObject(JointInspection operation, Authorised authorised, String externalRef,
            InspectionRequests.Target target, String findings) {
        ExternalRefs.requireUnused(COLLECTION, externalRef, ref -> holding(operation.orgUnit, ref));
        Inspection inspection = new Inspection();
        inspection.id = UUID.randomUUID();
        inspection.orgUnit = operation.orgUnit;
        inspection.externalRef = externalRef;
        inspection.conductedOn = operation.conductedOn;
        inspection.village = operation.village;
        inspection.kind = operation.kind;
        inspection.departmentCodes = operation.departmentCodes.clone();
        inspection.officerIds = operation.officerIds.clone();
        inspection.targetKind = target.kind().name();
        inspection.targetName = target.name().strip();
        inspection.enterpriseRelated = operation.enterpriseRelated;
        inspection.joint = true;
        inspection.jointInspectionId = operation.id;
        inspection.findings = findings;
        try {
            persistAndPublish(inspection, authorised);
        } catch (PersistenceException e) {
            if (UniqueViolation.of(e, JOINT_OBJECT_INDEX)) {
                throw new ConflictException("target: " + inspection.targetName + " (" + inspection.targetKind
                        + ") is recorded already in joint inspection " + operation.id + ".");
            }
            throw e;
        }
        return inspection;
    }

    private void persistAndPublish(Inspection inspection, Authorised authorised) {
        Matter matter = authorised.matter();
        inspection.matter = matter;
        inspection.actingInNameOf = authorised.actingInNameOf().orElse(null);
        inspection.warnings = authorised.warning().stream().toArray(String[]::new);
        ExternalRefs.persist(inspection, EXTERNAL_REF_INDEX, COLLECTION, inspection.externalRef);
        events.publish(InspectionEvents.RECORDED, inspection.id.toString(), inspection.orgUnit,
                new InspectionEvents.InspectionRecorded(inspection.id, inspection.conductedOn, matter.code,
                        matter.source, inspection.village.code, inspection.kind, List.of(inspection.departmentCodes),
                        List.of(inspection.officerIds), inspection.joint, inspection.enterpriseRelated,
                        PartyKind.valueOf(inspection.targetKind),
                        inspection.jointInspectionId, inspection.recordComplete()));
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

    /** The town's inspection named in a request's {@code field} (a 422 {@code unknown-reference} otherwise). */
    public Inspection named(String field, UUID id) {
        String unit = orgUnit.current();
        return Inspection.<Inspection> findByIdOptional(id).filter(i -> unit.equals(i.orgUnit))
                .orElseThrow(() -> new ReferenceException(field, "No inspection " + id + " in this town."));
    }
}
