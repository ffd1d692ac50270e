package org.enforcementledger.cases.expropriation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A completed expropriation or requisition (行政征收/征用); the annual report counts these (spec §11.3). */
@Entity
@Table(name = "expropriation")
public class Expropriation extends PanacheEntityBase {

    public enum Kind {
        /** 行政征收 */
        EXPROPRIATION,
        /** 行政征用 */
        REQUISITION
    }

    @Id
    public UUID id;

    @Column(name = "org_unit", nullable = false)
    public String orgUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "recorded_on", nullable = false)
    public LocalDate recordedOn;

    @Column(nullable = false)
    public String description;
}
