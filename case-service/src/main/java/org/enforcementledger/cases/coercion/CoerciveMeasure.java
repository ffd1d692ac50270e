package org.enforcementledger.cases.coercion;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.enforcementledger.cases.casefile.CaseFile;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An administrative coercive measure (行政强制措施) taken in a case (spec §7). */
@Entity
@Table(name = "coercive_measure")
public class CoerciveMeasure extends PanacheEntityBase {

    public enum Kind {
        /** 查封场所、设施或者财物 */
        SEAL,
        /** 扣押财物 */
        SEIZE,
        /** 冻结存款、汇款 */
        FREEZE,
        OTHER
    }

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    public CaseFile caseFile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "applied_on", nullable = false)
    public LocalDate appliedOn;

    @Column(nullable = false)
    public int days;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "officer_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] officerIds;
}
