package org.enforcementledger.cases.coercion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.enforcementledger.cases.casefile.CaseFile;
import org.enforcementledger.cases.officer.HandlingTeam;
import org.enforcementledger.cases.officer.OfficerStanding;
import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.outbox.EventPublisher;
import org.enforcementledger.cases.problem.InvalidFieldException;
import org.enforcementledger.cases.problem.ReferenceException;
import org.enforcementledger.cases.rules.CoercionRules;
import org.enforcementledger.cases.rules.Days;
import org.enforcementledger.cases.rules.RuleSettings;

/** Coercive measures (行政强制措施) in cases: checks the rules of spec §7, then records and publishes. */
@ApplicationScoped
public class CoerciveMeasureService {

    private final OrgUnitContext orgUnit;
    private final EventPublisher events;
    private final HandlingTeam team;
    private final RuleSettings settings;
    private final Clock clock;

    public CoerciveMeasureService(OrgUnitContext orgUnit, EventPublisher events, HandlingTeam team, RuleSettings settings,
            Clock clock) {
        this.orgUnit = orgUnit;
        this.events = events;
        this.team = team;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Records a measure in a case: never under an entrusted matter (R3.5); at most 30 days, 60 with an approved
     * extension (§7); by at least two officers eligible that day (R4.6, R4.1).
     */
    @Transactional
    public CoerciveMeasure apply(CoerciveMeasureRequests.NewMeasure request) {
        String unit = orgUnit.current();
        Days.notInFuture(request.appliedOn(), LocalDate.now(clock), "appliedOn");
        CaseFile caseFile = CaseFile.lockForUpdate(unit, request.caseId())
                .orElseThrow(() -> new ReferenceException("caseId", "No case " + request.caseId() + "."));
        CoercionRules.requireNotEntrusted(caseFile.id, caseFile.matter.source);
        if (request.appliedOn().isBefore(caseFile.filedOn)) {
            throw new InvalidFieldException("appliedOn",
                    "must not be before the case was filed on " + caseFile.filedOn);
        }
        CoercionRules.requireWithinDuration(request.kind(), request.days(),
                Boolean.TRUE.equals(request.extensionApproved()), settings.coercionMaxDays(),
                settings.coercionMaxExtensionDays());
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
        caseFile.record("COERCIVE_MEASURE", request.appliedOn(),
                request.kind() + " for " + request.days() + " days");
        events.publish(CoerciveMeasureEvents.APPLIED, caseFile.id.toString(), unit, new CoerciveMeasureEvents.MeasureApplied(
                measure.id, caseFile.id, measure.kind, measure.appliedOn, measure.days, List.of(measure.officerIds),
                caseFile.matter.code, caseFile.village.code));
        return measure;
    }
}
