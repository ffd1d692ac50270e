package org.enforcementledger.cases.matter;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An entry of the enforcement catalogue (执法事项清单): what the town may act on, and on whose power. */
@Entity
@Table(name = "matter")
public class Matter extends PanacheEntityBase {

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
    @Column(name = "act_type", nullable = false)
    public ActType actType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PowerSource source;

    /** The district department that held the power before it was devolved or entrusted (原行使部门). */
    @Column(name = "original_department")
    public String originalDepartment;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    /** The day the matter was published (R8.3): acts under it are refused before, and while it has none. */
    @Column(name = "published_on")
    public LocalDate publishedOn;

    /** Where it was published: the page's URL or the bulletin's name. */
    @Column(name = "published_at")
    public String publishedAt;

    /**
     * Catalogued before publications were recorded (migration V8): without a recorded publication, acts under it are
     * accepted with a warning under {@code ledger.rules.unrecorded-publication=WARN}.
     */
    @Column(name = "predates_publication_records", nullable = false)
    public boolean predatesPublicationRecords;

    public static Optional<Matter> findByCode(String orgUnit, String code) {
        return find("orgUnit = ?1 and code = ?2", orgUnit, code).firstResultOptional();
    }

    /** The matter, locked for a change of its record. */
    public static Optional<Matter> lockByCode(String orgUnit, String code) {
        return find("orgUnit = ?1 and code = ?2", orgUnit, code).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
