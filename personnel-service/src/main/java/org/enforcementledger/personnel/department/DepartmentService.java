package org.enforcementledger.personnel.department;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.enforcementledger.personnel.orgunit.OrgUnitContext;
import org.enforcementledger.personnel.problem.ConflictException;

import io.quarkus.panache.common.Sort;

/**
 * The town's departments (内设机构), reference data for officers. They publish no events: consumers learn an officer's
 * department code and kind from the officer and certificate events.
 */
@ApplicationScoped
public class DepartmentService {

    private final OrgUnitContext orgUnit;

    public DepartmentService(OrgUnitContext orgUnit) {
        this.orgUnit = orgUnit;
    }

    /** Adds a department; its code is unique within the town (409). */
    @Transactional
    public Department create(DepartmentRequests.NewDepartment request) {
        String unit = orgUnit.current();
        if (Department.findByCode(unit, request.code()).isPresent()) {
            throw new ConflictException("Department " + request.code() + " exists already.");
        }
        Department department = new Department();
        department.orgUnit = unit;
        department.code = request.code();
        department.name = request.name();
        department.kind = request.kind();
        department.persist();
        return department;
    }

    /** The departments in the caller's read scope, by town and code. */
    public List<Department> list() {
        Sort order = Sort.by("orgUnit").and("code");
        return orgUnit.readScope().map(unit -> Department.<Department> list("orgUnit", order, unit))
                .orElseGet(() -> Department.listAll(order));
    }
}
