package org.enforcementledger.report.summary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One running annual figure of one org unit, as the event consumer keeps it (read-only here). */
@Entity
@Table(name = "annual_figure")
public class AnnualFigure extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "org_unit") String orgUnit, int year, String figure) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public BigDecimal value;

    /**
     * Every town the service has heard of: with figures of some year, with officers, or with inspections (which are
     * counted at read time and keep no figure).
     */
    @SuppressWarnings("unchecked")
    public static List<String> orgUnits() {
        return getEntityManager().createNativeQuery("SELECT org_unit FROM annual_figure"
                + " UNION SELECT org_unit FROM officer_projection UNION SELECT org_unit FROM inspection_projection"
                + " UNION SELECT org_unit FROM joint_operation ORDER BY 1").getResultList();
    }

    public static List<AnnualFigure> ofYear(String orgUnit, int year) {
        return list("key.orgUnit = ?1 and key.year = ?2", orgUnit, year);
    }
}
