package org.enforcementledger.cases.expropriation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.enforcementledger.cases.orgunit.OrgUnitContext;
import org.enforcementledger.cases.outbox.EventPublisher;
import org.enforcementledger.cases.rules.Days;

/** Completed expropriations and requisitions (行政征收/征用): recorded and published. */
@ApplicationScoped
public class ExpropriationService {

    private final OrgUnitContext orgUnit;
    private final EventPublisher events;
    private final Clock clock;

    public ExpropriationService(OrgUnitContext orgUnit, EventPublisher events, Clock clock) {
        this.orgUnit = orgUnit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Expropriation record(ExpropriationRequests.NewExpropriation request) {
        Days.notInFuture(request.recordedOn(), LocalDate.now(clock), "recordedOn");
        Expropriation expropriation = new Expropriation();
        expropriation.id = UUID.randomUUID();
        expropriation.orgUnit = orgUnit.current();
        expropriation.kind = request.kind();
        expropriation.recordedOn = request.recordedOn();
        expropriation.description = request.description();
        expropriation.persist();
        events.publish(ExpropriationEvents.RECORDED, expropriation.id.toString(), expropriation.orgUnit,
                new ExpropriationEvents.ExpropriationRecorded(expropriation.id, expropriation.kind,
                        expropriation.recordedOn));
        return expropriation;
    }
}
