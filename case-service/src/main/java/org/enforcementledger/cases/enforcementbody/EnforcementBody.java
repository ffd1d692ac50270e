package org.enforcementledger.cases.enforcementbody;

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

/**
 * An enforcement body (执法主体) of the town's register: another body a joint inspection is carried out with (R8.7). The
 * town itself is not registered: it is one body, its offices and brigade included, with its org-unit code.
 */
@Entity
@Table(name = "enforcement_body")
public class EnforcementBody extends PanacheEntityBase {

    public enum Kind {
        /** The town or street itself (乡镇人民政府/街道办事处): implicit, never registered. */
        TOWN_GOVERNMENT,
        /** A district department (区县部门), e.g. 区应急管理局. */
        DISTRICT_BUREAU,
        /** A fire and rescue body (消防救援机构). */
        FIRE_RESCUE,
        NEIGHBOURING_TOWN,
        OTHER
    }

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
    public Kind kind;

    public static Optional<EnforcementBody> findByCode(String orgUnit, String code) {
        return find("orgUnit = ?1 and code = ?2", orgUnit, code).firstResultOptional();
    }
}
