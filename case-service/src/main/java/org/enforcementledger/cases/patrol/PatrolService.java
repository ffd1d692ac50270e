package org.enforcementledger.cases.patrol;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.enforcementledger.cases.inspection.InspectionService;
import org.enforcementledger.cases.matter.MatterService;
import org.enforcementledger.cases.officer.HandlingTeam;
import org.enforcementledger.cases.officer.OfficerStanding;
import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.outbox.EventPublisher;
import org.enforcementledger.cases.problem.NotFoundException;
import org.enforcementledger.cases.rules.Days;
import org.enforcementledger.cases.village.Village;
import org.enforcementledger.cases.village.VillageService;

/** Patrols (巡查): recorded and published, never inspections (R8.8). */
@ApplicationScoped
public class PatrolService {

    /** Where patrols live in the API. */
    public static final String COLLECTION = "/api/v1/patrols";

    private final OrgUnitContext orgUnit;
    private final EventPublisher events;
    private final MatterService matters;
    private final VillageService villages;
    private final InspectionService inspections;
    private final HandlingTeam team;
    private final Clock clock;

    public PatrolService(OrgUnitContext orgUnit, EventPublisher events, MatterService matters,
            VillageService villages, InspectionService inspections, HandlingTeam team, Clock clock) {
        this.orgUnit = orgUnit;
        this.events = events;
        this.matters = matters;
        this.villages = villages;
        this.inspections = inspections;
        this.team = team;
        this.clock = clock;
    }

    /**
     * Records a patrol: under a matter an inspection may rest on that day, when one is named (R8.3, R2.2, R3.1); by at
     * least two officers eligible that day (R4.6, R4.1), as an inspection is.
     */
    @Transactional
    public Patrol record(PatrolRequests.NewPatrol request) {
        String unit = orgUnit.current();
        Days.notInFuture(request.conductedOn(), LocalDate.now(clock), "conductedOn");
        Optional<InspectionService.Authorised> authorised = Optional.ofNullable(request.matterCode())
                .map(code -> inspections.authorise(matters.named("matterCode", code), request.conductedOn()));
        Village village = villages.named(request.villageCode());
        HandlingTeam.Checked checked = team.check(unit, request.officerIds(), request.conductedOn(), "a patrol",
                false);

        Patrol patrol = new Patrol();
        patrol.id = UUID.randomUUID();
        patrol.orgUnit = unit;
        patrol.conductedOn = request.conductedOn();
        patrol.village = village;
        patrol.matter = authorised.map(InspectionService.Authorised::matter).orElse(null);
        patrol.actingInNameOf = authorised.flatMap(InspectionService.Authorised::actingInNameOf).orElse(null);
        patrol.area = request.area();
        patrol.officerIds = checked.officers().stream().map(OfficerStanding::officerId).toArray(UUID[]::new);
        patrol.departmentCodes = checked.departmentCodes().toArray(String[]::new);
        patrol.findings = request.findings();
        patrol.warnings = authorised.flatMap(InspectionService.Authorised::warning).stream().toArray(String[]::new);
        patrol.persist();
        events.publish(PatrolEvents.RECORDED, patrol.id.toString(), unit, new PatrolEvents.PatrolRecorded(patrol.id,
                patrol.conductedOn, village.code, patrol.matter == null ? null : patrol.matter.code,
                List.of(patrol.officerIds), List.of(patrol.departmentCodes), patrol.findings != null));
        return patrol;
    }

    /** The patrol, if the caller may read it. */
    public Patrol get(UUID id) {
        return Patrol.<Patrol> findByIdOptional(id).filter(p -> orgUnit.canRead(p.orgUnit))
                .orElseThrow(() -> new NotFoundException("No patrol " + id + "."));
    }
}
