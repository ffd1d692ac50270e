package org.enforcementledger.cases.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.enforcementledger.cases.enforcementbody.EnforcementBodyService;
import org.enforcementledger.cases.matter.MatterService;
import org.enforcementledger.cases.officer.HandlingTeam;
import org.enforcementledger.cases.officer.OfficerStanding;
import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.outbox.EventPublisher;
import org.enforcementledger.cases.problem.ConflictException;
import org.enforcementledger.cases.problem.InvalidFieldException;
import org.enforcementledger.cases.problem.NotFoundException;
import org.enforcementledger.cases.rules.Days;
import org.enforcementledger.cases.rules.InspectionRules;
import org.enforcementledger.cases.village.Village;
import org.enforcementledger.cases.village.VillageService;

/**
 * Joint inspections (联合检查行动, R8.7): one operation of two or more enforcement bodies, with a lead, one shared
 * checklist and one record per inspected object. The operation is published once ({@code joint-inspection.recorded.v1});
 * each object is an inspection of its own ({@code inspection.recorded.v1} naming the operation).
 */
@ApplicationScoped
public class JointInspectionService {

    /** Where joint inspections live in the API. */
    public static final String COLLECTION = "/api/v1/joint-inspections";

    /** A recorded joint inspection and the objects recorded with it. */
    public record Recorded(JointInspection operation, List<Inspection> objects) {
    }

    private final OrgUnitContext orgUnit;
    private final EventPublisher events;
    private final MatterService matters;
    private final VillageService villages;
    private final EnforcementBodyService bodies;
    private final HandlingTeam team;
    private final InspectionService inspections;
    private final Clock clock;

    public JointInspectionService(OrgUnitContext orgUnit, EventPublisher events, MatterService matters,
            VillageService villages, EnforcementBodyService bodies, HandlingTeam team, InspectionService inspections,
            Clock clock) {
        this.orgUnit = orgUnit;
        this.events = events;
        this.matters = matters;
        this.villages = villages;
        this.bodies = bodies;
        this.team = team;
        this.inspections = inspections;
        this.clock = clock;
    }

    /**
     * Records a joint inspection with the objects inspected so far: bodies of the register, two or more in all and the
     * town among them (R8.7); each matter one an inspection may rest on that day (R8.3, R2.2, R3.1); at least two of
     * the town's officers eligible that day (R4.6, R4.1); each object once (409).
     */
    @Transactional
    public Recorded record(JointInspectionRequests.NewJointInspection request) {
        String unit = orgUnit.current();
        LocalDate day = request.conductedOn();
        Days.notInFuture(day, LocalDate.now(clock), "conductedOn");
        bodies.named("leadBodyCode", request.leadBodyCode());
        for (int i = 0; i < request.participatingBodyCodes().size(); i++) {
            bodies.named("participatingBodyCodes[" + i + "]", request.participatingBodyCodes().get(i));
        }
        InspectionRules.requireJointOperation(bodies.townCode(), request.leadBodyCode(),
                request.participatingBodyCodes());
        Map<String, InspectionService.Authorised> authorised = new LinkedHashMap<>();
        for (int i = 0; i < request.matterCodes().size(); i++) {
            String code = request.matterCodes().get(i);
            if (!authorised.containsKey(code)) {
                authorised.put(code, inspections.authorise(matters.named("matterCodes[" + i + "]", code), day));
            }
        }
        Village village = villages.named(request.villageCode());
        HandlingTeam.Checked checked = team.check(unit, request.officerIds(), day, "a joint inspection", false);
        List<JointInspectionRequests.InspectedObject> objects = request.objects() == null ? List.of()
                : request.objects();
        List<String> matterOfObject = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < objects.size(); i++) {
            JointInspectionRequests.InspectedObject object = objects.get(i);
            matterOfObject.add(matterOf(object.matterCode(), authorised.keySet(), "objects[" + i + "].matterCode"));
            Integer first = seen.putIfAbsent(objectKey(object.target()), i);
            if (first != null) {
                throw new ConflictException("objects[" + i + "].target: " + object.target().name().strip() + " ("
                        + object.target().kind() + ") is recorded already in this joint inspection, as objects["
                        + first + "].");
            }
        }

        JointInspection operation = new JointInspection();
        operation.id = UUID.randomUUID();
        operation.orgUnit = unit;
        operation.conductedOn = day;
        operation.leadBodyCode = request.leadBodyCode();
        operation.participatingBodyCodes = request.participatingBodyCodes().toArray(String[]::new);
        operation.matterCodes = authorised.keySet().toArray(String[]::new);
        operation.checklist = request.checklist().toArray(String[]::new);
        operation.village = village;
        operation.kind = request.kind();
        operation.officerIds = checked.officers().stream().map(OfficerStanding::officerId).toArray(UUID[]::new);
        operation.departmentCodes = checked.departmentCodes().toArray(String[]::new);
        operation.enterpriseRelated = request.enterpriseRelated();
        operation.warnings = authorised.values().stream().flatMap(a -> a.warning().stream()).toArray(String[]::new);
        operation.persist();
        events.publish(InspectionEvents.JOINT_RECORDED, operation.id.toString(), unit,
                new InspectionEvents.JointInspectionRecorded(operation.id, day, operation.leadBodyCode,
                        List.of(operation.participatingBodyCodes), List.of(operation.matterCodes),
                        List.of(operation.checklist), village.code, operation.kind, objects.size(),
                        operation.enterpriseRelated));
        List<Inspection> recorded = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            JointInspectionRequests.InspectedObject object = objects.get(i);
            recorded.add(inspections.recordObject(operation, authorised.get(matterOfObject.get(i)),
                    object.externalRef(), object.target(), object.findings()));
        }
        return new Recorded(operation, recorded);
    }

    /**
     * Records one more inspected object of a joint inspection, under one of its matters (its first when none is
     * named). An object recorded in it already is a 409.
     */
    @Transactional
    public Inspection addObject(UUID operationId, JointInspectionRequests.InspectedObject request) {
        JointInspection operation = JointInspection.lockForUpdate(orgUnit.current(), operationId)
                .orElseThrow(() -> new NotFoundException("No joint inspection " + operationId + "."));
        String code = matterOf(request.matterCode(), new LinkedHashSet<>(List.of(operation.matterCodes)),
                "matterCode");
        String key = objectKey(request.target());
        Inspection.ofJointInspection(operation.id).stream()
                .filter(i -> key.equals(objectKey(i.targetKind, i.targetName))).findFirst().ifPresent(i -> {
                    throw new ConflictException("target: " + i.targetName + " (" + i.targetKind + ") is recorded "
                            + "already in joint inspection " + operation.id + ": inspection " + i.id + ".");
                });
        InspectionService.Authorised authorised = inspections.authorise(matters.named("matterCode", code),
                operation.conductedOn);
        return inspections.recordObject(operation, authorised, request.externalRef(), request.target(),
                request.findings());
    }

    /** The joint inspection and its objects, if the caller may read it. */
    public Recorded get(UUID id) {
        JointInspection operation = JointInspection.<JointInspection> findByIdOptional(id)
                .filter(j -> orgUnit.canRead(j.orgUnit))
                .orElseThrow(() -> new NotFoundException("No joint inspection " + id + "."));
        return new Recorded(operation, Inspection.ofJointInspection(id));
    }

    /** The matter an object is recorded under: the one named, which must be one of the operation's, or its first. */
    private static String matterOf(String named, Set<String> operationMatters, String field) {
        if (named == null) {
            return operationMatters.iterator().next();
        }
        if (!operationMatters.contains(named)) {
            throw new InvalidFieldException(field, "must be one of the joint inspection's matterCodes "
                    + operationMatters);
        }
        return named;
    }

    /** An object is its kind and its name (trimmed): the same twice in one operation is one object recorded twice. */
    private static String objectKey(InspectionRequests.Target target) {
        return objectKey(target.kind().name(), target.name());
    }

    private static String objectKey(String kind, String name) {
        return kind + "\u0000" + name.strip();
    }
}
