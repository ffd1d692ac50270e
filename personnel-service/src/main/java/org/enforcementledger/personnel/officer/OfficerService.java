package org.enforcementledger.personnel.officer;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.enforcementledger.personnel.certificate.CertificateService;
import org.enforcementledger.personnel.department.Department;
import org.enforcementledger.personnel.orgunit.OrgUnitContext;
import org.enforcementledger.personnel.outbox.EventPublisher;
import org.enforcementledger.personnel.problem.ConflictException;
import org.enforcementledger.personnel.problem.InvalidFieldException;
import org.enforcementledger.personnel.problem.NotFoundException;
import org.enforcementledger.personnel.problem.ReferenceException;
import org.enforcementledger.personnel.problem.RuleViolationException;

@ApplicationScoped
public class OfficerService {

    private final OrgUnitContext orgUnit;
    private final EventPublisher events;
    private final CertificateService certificates;

    public OfficerService(OrgUnitContext orgUnit, EventPublisher events, CertificateService certificates) {
        this.orgUnit = orgUnit;
        this.events = events;
        this.certificates = certificates;
    }

    @Transactional
    public Officer register(OfficerResource.NewOfficer request) {
        String unit = orgUnit.current();
        Officer officer = new Officer();
        officer.id = UUID.randomUUID();
        officer.orgUnit = unit;
        officer.name = request.name();
        officer.department = department(request.departmentCode());
        officer.position = request.position();
        officer.enforcementPost = request.enforcementPost();
        officer.legalProfessionQualified = request.legalProfessionQualified();
        officer.joinedOn = request.joinedOn();
        officer.status = OfficerStatus.ACTIVE;
        officer.persist();
        events.publish(OfficerEvents.REGISTERED, officer.id.toString(), unit,
                new OfficerEvents.OfficerRegistered(officer.id, officer.name, officer.department.code,
                        officer.department.kind, officer.position, officer.enforcementPost,
                        officer.legalProfessionQualified, officer.joinedOn));
        return officer;
    }

    /**
     * Changes the given fields. The caller sends the version it read: if someone changed the officer meanwhile, the
     * update is refused (409) rather than silently overwriting theirs.
     */
    @Transactional
    public Officer update(UUID id, OfficerResource.OfficerChanges changes) {
        Officer officer = lock(id);
        if (officer.version != changes.version()) {
            throw new ConflictException("Officer " + id + " is at version " + officer.version + ", not "
                    + changes.version() + ": it was changed meanwhile; read it again and retry.");
        }
        if (officer.status == OfficerStatus.DEPARTED) {
            throw new RuleViolationException("§4.2", "officer " + id + " has left; the record is closed.");
        }
        if (changes.name() != null) {
            officer.name = changes.name();
        }
        if (changes.departmentCode() != null) {
            officer.department = department(changes.departmentCode());
        }
        if (changes.position() != null) {
            officer.position = changes.position();
        }
        if (changes.enforcementPost() != null) {
            officer.enforcementPost = changes.enforcementPost();
        }
        if (changes.legalProfessionQualified() != null) {
            officer.legalProfessionQualified = changes.legalProfessionQualified();
        }
        // Flushing now bumps the version, so the response carries the one the next update must send.
        Officer.flush();
        events.publish(OfficerEvents.UPDATED, officer.id.toString(), officer.orgUnit,
                new OfficerEvents.OfficerUpdated(officer.id, officer.name, officer.department.code,
                        officer.department.kind, officer.position, officer.enforcementPost,
                        officer.legalProfessionQualified, officer.joinedOn));
        return officer;
    }

    /** The officer leaves the enforcement staff; the certificate in force is cancelled (注销) the same day. */
    @Transactional
    public Officer depart(UUID id, OfficerResource.Departure departure) {
        Officer officer = lock(id);
        if (officer.status == OfficerStatus.DEPARTED) {
            throw new ConflictException("Officer " + id + " left on " + officer.leftOn + " already.");
        }
        if (departure.leftOn().isBefore(officer.joinedOn)) {
            throw new InvalidFieldException("leftOn", "must not be before joinedOn " + officer.joinedOn);
        }
        officer.status = OfficerStatus.DEPARTED;
        officer.leftOn = departure.leftOn();
        officer.departureReason = departure.reason().name();
        String cancelled = certificates.cancelOnDeparture(officer, departure.leftOn(),
                "departure: " + departure.reason()).map(c -> c.number).orElse(null);
        events.publish(OfficerEvents.DEPARTED, officer.id.toString(), officer.orgUnit,
                new OfficerEvents.OfficerDeparted(officer.id, officer.department.code, officer.department.kind,
                        officer.leftOn, departure.reason(), cancelled));
        return officer;
    }

    public Officer get(UUID id) {
        return Officer.findReadable(orgUnit.readScope(), id)
                .orElseThrow(() -> new NotFoundException("No officer " + id + "."));
    }

    private Officer lock(UUID id) {
        return Officer.lockForUpdate(orgUnit.current(), id)
                .orElseThrow(() -> new NotFoundException("No officer " + id + "."));
    }

    private Department department(String code) {
        return Department.findByCode(orgUnit.current(), code)
                .orElseThrow(() -> new ReferenceException("departmentCode", "No department " + code + " in this town."));
    }
}
