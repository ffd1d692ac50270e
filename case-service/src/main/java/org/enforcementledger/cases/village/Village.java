package org.enforcementledger.cases.village;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A village or community (行政村/社区) of the town's jurisdiction; cases and inspections are placed in one. */
@Entity
@Table(name = "village")
public class Village extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "org_unit", nullable = false)
    public String orgUnit;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    public static Optional<Village> findByCode(String orgUnit, String code) {
        return find("orgUnit = ?1 and code = ?2", orgUnit, code).firstResultOptional();
    }
}
