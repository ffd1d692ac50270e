package org.enforcementledger.personnel.officer;

import java.time.LocalDate;
import java.util.List;
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
import jakarta.persistence.Version;

import org.enforcementledger.personnel.department.Department;
import org.enforcementledger.personnel.rules.EligibilityRules;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An enforcement officer (执法人员) of a town, the aggregate that certificates, trainings and exams belong to. */
@Entity
@Table(name = "officer")
public class Officer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "org_unit", nullable = false)
    public String orgUnit;

    @Column(nullable = false)
    public String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "department_id")
    public Department department;

    @Column(nullable = false)
    public String position;

    /** Directly engaged in enforcement: only such officers may hold a certificate (spec §4.1). */
    @Column(name = "enforcement_post", nullable = false)
    public boolean enforcementPost;

    /** Holds the national legal professional qualification (法律职业资格), needed by first-time legal reviewers (R4.5). */
    @Column(name = "legal_profession_qualified", nullable = false)
    public boolean legalProfessionQualified;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    @Column(name = "departure_reason")
    public String departureReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OfficerStatus status;

    @Version
    public long version;

    /** The officer as the R4.1 rules see them: when they left, and when they were in an enforcement post. */
    public EligibilityRules.Holder holder() {
        return new EligibilityRules.Holder(leftOn,
                OfficerHistoryEntry.ofOfficer(id).stream().map(OfficerHistoryEntry::postStep).toList());
    }

    /** The day the officer's last registration or change took effect (R4.1 reads them in that order). */
    LocalDate lastChangeOn() {
        List<OfficerHistoryEntry> history = OfficerHistoryEntry.ofOfficer(id);
        return history.isEmpty() ? joinedOn : history.get(history.size() - 1).effectiveOn;
    }

    /**
     * Loads the officer for a command, holding its row lock until commit: commands on one officer run one after
     * another, so the order of its events in the outbox is the order of their commits.
     */
    public static Optional<Officer> lockForUpdate(String orgUnit, UUID id) {
        return find("orgUnit = ?1 and id = ?2", orgUnit, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public static Optional<Officer> findInOrgUnit(String orgUnit, UUID id) {
        return find("orgUnit = ?1 and id = ?2", orgUnit, id).firstResultOptional();
    }

    /** The officer if the caller's read scope covers it; empty scope is every town (a district role). */
    public static Optional<Officer> findReadable(Optional<String> scope, UUID id) {
        return scope.isPresent() ? findInOrgUnit(scope.get(), id) : findByIdOptional(id);
    }
}
