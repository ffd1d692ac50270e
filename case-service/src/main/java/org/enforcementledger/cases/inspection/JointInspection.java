package org.enforcementledger.cases.inspection;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.enforcementledger.cases.village.Village;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A joint inspection (联合检查行动, R8.7): one operation of two or more enforcement bodies — a lead body and
 * participating bodies — with one shared checklist, that the town took part in. Each inspected object is an
 * {@link Inspection} of its own naming it.
 */
@Entity
@Table(name = "joint_inspection")
public class JointInspection extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "org_unit", nullable = false)
    public String orgUnit;

    @Column(name = "conducted_on", nullable = false)
    public LocalDate conductedOn;

    /** The lead body (牵头单位), by code of the register; the town's own is its org-unit code. */
    @Column(name = "lead_body_code", nullable = false)
    public String leadBodyCode;

    /** The other bodies (配合单位): distinct, without the lead. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "participating_body_codes", nullable = false, columnDefinition = "text[]")
    public String[] participatingBodyCodes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "matter_codes", nullable = false, columnDefinition = "text[]")
    public String[] matterCodes;

    /** The shared checklist (一表通查), in order. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] checklist;

    @ManyToOne(optional = false)
    @JoinColumn(name = "village_id")
    public Village village;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public Inspection.Kind kind;

    /** The town's officers taking part. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "officer_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] officerIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "department_codes", nullable = false, columnDefinition = "text[]")
    public String[] departmentCodes;

    @Column(name = "enterprise_related", nullable = false)
    public boolean enterpriseRelated;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] warnings = new String[0];

    /** The town's joint inspection, locked while an object is added to it. */
    public static Optional<JointInspection> lockForUpdate(String orgUnit, UUID id) {
        return find("orgUnit = ?1 and id = ?2", orgUnit, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
