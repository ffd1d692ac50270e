package org.enforcementledger.cases.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.enforcementledger.cases.casefile.Enums.CaseStatus;
import org.enforcementledger.cases.casefile.Enums.PartyKind;
import org.enforcementledger.cases.casefile.Enums.Procedure;
import org.enforcementledger.cases.matter.Matter;
import org.enforcementledger.cases.village.Village;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A penalty case (行政处罚案件) from filing (立案) to closure (结案), with its full history. */
@Entity
@Table(name = "case_file")
public class CaseFile extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "org_unit", nullable = false)
    public String orgUnit;

    /** The district platform's own id of the case; unique within the town when given. */
    @Column(name = "external_ref")
    public String externalRef;

    @ManyToOne(optional = false)
    @JoinColumn(name = "matter_id")
    public Matter matter;

    @ManyToOne(optional = false)
    @JoinColumn(name = "village_id")
    public Village village;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind", nullable = false)
    public PartyKind partyKind;

    @Column(name = "party_name", nullable = false)
    public String partyName;

    @Column(name = "party_id_number", nullable = false)
    public String partyIdNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Procedure procedure;

    @Column(name = "filed_on", nullable = false)
    public LocalDate filedOn;

    @Column(name = "violation_on", nullable = false)
    public LocalDate violationOn;

    @Column(name = "serious_harm", nullable = false)
    public boolean seriousHarm;

    @Column(nullable = false)
    public String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "officer_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] officerIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "department_codes", nullable = false, columnDefinition = "text[]")
    public String[] departmentCodes;

    /** For an entrusted matter: the bureau in whose name the case is handled (R3.2). */
    @Column(name = "acting_in_name_of")
    public String actingInNameOf;

    @Column(name = "entrustment_number")
    public String entrustmentNumber;

    /** The inspection that found the violation, if the case names one. */
    @Column(name = "inspection_id")
    public UUID inspectionId;

    @Column(name = "time_limit_extension_days", nullable = false)
    public int timeLimitExtensionDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Version
    public long version;

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    public List<CaseHistoryEntry> history = new ArrayList<>();

    public void record(String action, LocalDate effectiveOn, String detail) {
        CaseHistoryEntry entry = new CaseHistoryEntry();
        entry.caseFile = this;
        entry.action = action;
        entry.effectiveOn = effectiveOn;
        entry.detail = detail;
        entry.recordedAt = java.time.OffsetDateTime.now();
        history.add(entry);
        if (isPersistent()) {
            entry.persist();
        }
    }

    /** Loads the case for a command, holding its row lock until commit: one command on a case at a time. */
    public static Optional<CaseFile> lockForUpdate(String orgUnit, UUID id) {
        return find("orgUnit = ?1 and id = ?2", orgUnit, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The case if the caller's read scope covers it; empty scope is every town (a district role). */
    public static Optional<CaseFile> findReadable(Optional<String> scope, UUID id) {
        return scope.isPresent() ? findInOrgUnit(scope.get(), id) : findByIdOptional(id);
    }

    /** The town's case holding this external reference. */
    public static Optional<CaseFile> findByExternalRef(String orgUnit, String externalRef) {
        return find("orgUnit = ?1 and externalRef = ?2", orgUnit, externalRef).firstResultOptional();
    }

    public static Optional<CaseFile> findInOrgUnit(String orgUnit, UUID id) {
        return find("orgUnit = ?1 and id = ?2", orgUnit, id).firstResultOptional();
    }
}
