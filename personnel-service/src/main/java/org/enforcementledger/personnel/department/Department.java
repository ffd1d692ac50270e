package org.enforcementledger.personnel.department;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An internal unit of the town (内设机构): a business office or the enforcement brigade. */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "org_unit", nullable = false)
    public String orgUnit;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DepartmentKind kind;

    public static Optional<Department> findByCode(String orgUnit, String code) {
        return find("orgUnit = ?1 and code = ?2", orgUnit, code).firstResultOptional();
    }
}
