package org.enforcementledger.personnel.officer;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.enforcementledger.personnel.department.Department;
import org.enforcementledger.personnel.orgunit.OrgUnitContext;
import org.enforcementledger.personnel.outbox.EventPublisher;
import org.enforcementledger.personnel.problem.NotFoundException;
import org.enforcementledger.personnel.problem.ReferenceException;

@ApplicationScoped
public class OfficerService {

    private final OrgUnitContext orgUnit;
    private final EventPublisher events;

    public OfficerService(OrgUnitContext orgUnit, EventPublisher events) {
        this.orgUnit = orgUnit;
        this.events = events;
    }

    @Transactional
    public Officer register(OfficerResource.NewOfficer request) {
        String unit = orgUnit.current();
        Department department = Department.findByCode(unit, request.departmentCode())
                .orElseThrow(() -> new ReferenceException("departmentCode",
                        "No department " + request.departmentCode() + " in this town."));
        Officer officer = new Officer();
        officer.id = UUID.randomUUID();
        officer.orgUnit = unit;
        officer.name = request.name();
        officer.department = department;
        officer.position = request.position();
        officer.enforcementPost = request.enforcementPost();
        officer.legalProfessionQualified = request.legalProfessionQualified();
        officer.joinedOn = request.joinedOn();
        officer.status = OfficerStatus.ACTIVE;
        officer.persist();
        events.publish(OfficerEvents.REGISTERED, officer.id.toString(), unit,
                new OfficerEvents.OfficerRegistered(officer.id, officer.name, department.code, department.kind,
                        officer.position, officer.enforcementPost, officer.legalProfessionQualified,
                        officer.joinedOn));
        return officer;
    }

    public Officer get(UUID id) {
        return Officer.findInOrgUnit(orgUnit.current(), id)
                .orElseThrow(() -> new NotFoundException("No officer " + id + "."));
    }
}
