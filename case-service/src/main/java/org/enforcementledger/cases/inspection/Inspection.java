package org.enforcementledger.cases.inspection;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.enforcementledger.cases.matter.Matter;
import org.enforcementledger.cases.village.Village;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An administrative inspection (行政检查) of one object: alone, or as one object of a joint inspection
 * ({@link JointInspection}, R8.7). Its record is complete when it holds findings (R8.8).
 */
@Entity
@Table(name = "inspection")
public class Inspection extends PanacheEntityBase {

    public enum Kind {
        /** 日常检查 */
        ROUTINE,
        /** 个案检查 */
        CASE,
        /** 专项检查 */
        SPECIAL
    }

    @Id
    public UUID id;

    @Column(name = "org_unit", nullable = false)
    public String orgUnit;

    /** The district platform's own id of the inspection; unique within the town when given. */
    @Column(name = "external_ref")
    public String externalRef;

    @Column(name = "conducted_on", nullable = false)
    public LocalDate conductedOn;

    @ManyToOne(optional = false)
    @JoinColumn(name = "matter_id")
    public Matter matter;

    @ManyToOne(optional = false)
    @JoinColumn(name = "village_id")
    public Village village;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Kind kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "department_codes", nullable = false, columnDefinition = "text[]")
    public String[] departmentCodes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "officer_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] officerIds;

    @Column(name = "target_kind", nullable = false)
    public String targetKind;

    @Column(name = "target_name", nullable = false)
    public String targetName;

    @Column(name = "enterprise_related", nullable = false)
    public boolean enterpriseRelated;

    /** True only for an object of a joint inspection. */
    @Column(nullable = false)
    public boolean joint;

    /** The joint inspection this object was inspected in, if any. */
    @Column(name = "joint_inspection_id")
    public UUID jointInspectionId;

    /** What the inspection found; null for a record without findings (not a complete record, R8.8). */
    public String findings;

    @Column(name = "acting_in_name_of")
    public String actingInNameOf;

    /** The rules the inspection was accepted with a warning under (an R8.3 publication not recorded). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] warnings = new String[0];

    /** R8.8: a complete, detailed record, the only kind that counts as an inspection. */
    public boolean recordComplete() {
        return findings != null;
    }

    public static java.util.Optional<Inspection> findByExternalRef(String orgUnit, String externalRef) {
        return find("orgUnit = ?1 and externalRef = ?2", orgUnit, externalRef).firstResultOptional();
    }

    /** The objects recorded in a joint inspection, by target. */
    public static java.util.List<Inspection> ofJointInspection(UUID jointInspectionId) {
        return list("jointInspectionId = ?1 order by targetKind, targetName", jointInspectionId);
    }
}
