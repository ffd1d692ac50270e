package org.enforcementledger.personnel.certificate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.enforcementledger.personnel.officer.Officer;
import org.enforcementledger.personnel.rules.CertificateAction;
import org.enforcementledger.personnel.rules.CertificateStatus;
import org.enforcementledger.personnel.rules.CertificateStatusRules;
import org.enforcementledger.personnel.rules.EligibilityRules;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An administrative enforcement certificate (行政执法证), the proof that its holder may carry out enforcement acts. */
@Entity
@Table(name = "certificate")
public class Certificate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "officer_id")
    public Officer officer;

    @Column(name = "org_unit", nullable = false)
    public String orgUnit;

    @Column(name = "issuing_authority", nullable = false)
    public String issuingAuthority;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;

    /** Enforcement areas the certificate covers (执法领域/区域), e.g. 应急管理, 城市管理. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] domains;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CertificateStatus status;

    @Version
    public long version;

    @OneToMany(mappedBy = "certificate", cascade = jakarta.persistence.CascadeType.PERSIST)
    @OrderBy("id")
    public List<CertificateHistoryEntry> history = new ArrayList<>();

    /**
     * Records an action, once {@link CertificateStatusRules#requireStep} allows it (R4.2): every step but the issue
     * must be allowed from the current status and not dated before the last recorded step.
     */
    public CertificateHistoryEntry record(CertificateAction action, LocalDate effectiveOn, String reason) {
        if (action != CertificateAction.ISSUED) {
            CertificateStatusRules.requireStep(number, status, action, effectiveOn, lastStepOn());
        }
        CertificateHistoryEntry entry = new CertificateHistoryEntry();
        entry.certificate = this;
        entry.action = action;
        entry.effectiveOn = effectiveOn;
        entry.reason = reason;
        entry.statusAfter = action.statusAfter(status);
        entry.recordedAt = OffsetDateTime.now();
        status = entry.statusAfter;
        history.add(entry);
        return entry;
    }

    /** The day of the last recorded step; the issue day before any. */
    public LocalDate lastStepOn() {
        return history.isEmpty() ? issuedOn : history.get(history.size() - 1).effectiveOn;
    }

    /** In force on a day (R4.1, {@link EligibilityRules#inForceOn}). */
    public boolean inForceOn(LocalDate day) {
        return EligibilityRules.inForceOn(dated(), day);
    }

    /** The certificate as the R4.1 rules see it. */
    public EligibilityRules.Dated dated() {
        return new EligibilityRules.Dated(number, issuedOn, expiresOn, history.stream()
                .map(step -> new EligibilityRules.Step(step.effectiveOn, step.statusAfter)).toList());
    }

    /** The certificate as the one-in-force rule (R4.2) sees it. */
    public CertificateStatusRules.Held held() {
        return new CertificateStatusRules.Held(number, status, expiresOn);
    }

    public static Optional<Certificate> findByNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    public static List<Certificate> ofOfficer(UUID officerId) {
        return list("officer.id = ?1 order by issuedOn, id", officerId);
    }
}
