package org.enforcementledger.personnel.officer;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.enforcementledger.personnel.department.Department;
import org.enforcementledger.personnel.orgunit.OrgUnitContext;
import org.enforcementledger.personnel.outbox.EventPublisher;
import org.enforcementledger.personnel.problem.ConflictException;
import org.enforcementledger.personnel.problem.NotFoundException;
import org.enforcementledger.personnel.problem.ReferenceException;
import org.enforcementledger.personnel.rules.DepartureRules;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Officers (执法人员): registration, changes and departure, each checking its rules, then recording and publishing. The
 * officer is the aggregate the other features (certificates, exams, training) lock through {@link #lock}.
 */
@ApplicationScoped
public class OfficerService {

    /** A page of officers and how many match in all. */
    public record Found(List<Officer> officers, long total) {
    }

    private final OrgUnitContext orgUnit;
    private final EventPublisher events;
    private final Event<OfficerDeparting> departing;

    public OfficerService(OrgUnitContext orgUnit, EventPublisher events, Event<OfficerDeparting> departing) {
        this.orgUnit = orgUnit;
        this.events = events;
        this.departing = departing;
    }

    @Transactional
    public Officer register(OfficerRequests.NewOfficer request) {
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
     * update is refused (409) rather than silently overwriting theirs. A departed officer's record is closed (§4.2).
     */
    @Transactional
    public Officer update(UUID id, OfficerRequests.OfficerChanges changes) {
        Officer officer = lock(id);
        if (officer.version != changes.version()) {
            throw new ConflictException("Officer " + id + " is at version " + officer.version + ", not "
                    + changes.version() + ": it was changed meanwhile; read it again and retry.");
        }
        DepartureRules.requireOpenRecord(id, officer.status == OfficerStatus.DEPARTED);
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

    /**
     * The officer leaves the enforcement staff (§4.2). Observers of {@link OfficerDeparting} act first, in this
     * transaction: the certificate in force is cancelled (注销) the same day.
     */
    @Transactional
    public Officer depart(UUID id, OfficerRequests.Departure departure) {
        Officer officer = lock(id);
        DepartureRules.requireDeparture(id, officer.status == OfficerStatus.DEPARTED, officer.leftOn,
                officer.joinedOn, departure.leftOn());
        officer.status = OfficerStatus.DEPARTED;
        officer.leftOn = departure.leftOn();
        officer.departureReason = departure.reason().name();
        OfficerDeparting leaving = new OfficerDeparting(officer, departure.leftOn(), departure.reason());
        departing.fire(leaving);
        events.publish(OfficerEvents.DEPARTED, officer.id.toString(), officer.orgUnit,
                new OfficerEvents.OfficerDeparted(officer.id, officer.department.code, officer.department.kind,
                        officer.leftOn, departure.reason(), leaving.cancelledCertificateNumber().orElse(null)));
        return officer;
    }

    /** The officer, if the caller's read scope covers it (404 otherwise). */
    public Officer get(UUID id) {
        return Officer.findReadable(orgUnit.readScope(), id)
                .orElseThrow(() -> new NotFoundException("No officer " + id + "."));
    }

    /**
     * The officer of the caller's town for a command, its row locked until commit (404 otherwise): one officer's
     * commands, and those on its certificates, exams and training, run one after another, so its events keep the
     * order of their commits.
     */
    public Officer lock(UUID id) {
        return Officer.lockForUpdate(orgUnit.current(), id)
                .orElseThrow(() -> new NotFoundException("No officer " + id + "."));
    }

    /** Officers in the caller's read scope, by department code and status when given; paged, by name. */
    public Found list(String departmentCode, OfficerStatus status, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        orgUnit.readScope().ifPresent(unit -> {
            query.append(" and orgUnit = :orgUnit");
            parameters.and("orgUnit", unit);
        });
        if (departmentCode != null) {
            query.append(" and department.code = :departmentCode");
            parameters.and("departmentCode", departmentCode);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        PanacheQuery<Officer> result = Officer.find(query.toString(), Sort.by("name").and("id"), parameters)
                .page(Page.of(page, size));
        return new Found(result.list(), result.count());
    }

    private Department department(String code) {
        return Department.findByCode(orgUnit.current(), code)
                .orElseThrow(() -> new ReferenceException("departmentCode",
                        "No department " + code + " in this town."));
    }
}
