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
import org.enforcementledger.personnel.problem.InvalidFieldException;
import org.enforcementledger.personnel.problem.RuleViolationException;
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
     * Records an action (R4.2). Refuses one the current status does not allow, and an effective day before the issue
     * day or before the last recorded step, so that the history reads in order.
     */
    public CertificateHistoryEntry record(CertificateAction action, LocalDate effectiveOn, String reason) {
        if (action != CertificateAction.ISSUED) {
            if (!action.allowedFrom(status)) {
                throw new RuleViolationException("R4.2", "certificate " + number + " is " + status + "; "
                        + action.name().toLowerCase().replace('_', ' ') + " is allowed only from " + allowedFromText(action) + ".");
            }
            LocalDate last = history.isEmpty() ? issuedOn : history.get(history.size() - 1).effectiveOn;
            if (effectiveOn.isBefore(last)) {
                throw new InvalidFieldException(action.name().startsWith("ANNUAL") ? "reviewedOn" : "effectiveOn",
                        "must not be before " + last + ", the certificate's last recorded step");
            }
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

    /** The recorded status on a day: the status after the last step effective on or before it. */
    public CertificateStatus statusOn(LocalDate day) {
        CertificateStatus result = null;
        for (CertificateHistoryEntry entry : history) {
            if (!entry.effectiveOn.isAfter(day)) {
                result = entry.statusAfter;
            }
        }
        return result;
    }

    /** In force on a day (R4.1): issued by then, not expired, and neither suspended, cancelled nor revoked then. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(issuedOn) && !day.isAfter(expiresOn) && statusOn(day) == CertificateStatus.VALID;
    }

    private static String allowedFromText(CertificateAction action) {
        StringBuilder text = new StringBuilder();
        for (CertificateStatus s : CertificateStatus.values()) {
            if (action.allowedFrom(s)) {
                text.append(text.isEmpty() ? "" : " or ").append(s);
            }
        }
        return text.toString();
    }

    public static Optional<Certificate> findByNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    public static List<Certificate> ofOfficer(UUID officerId) {
        return list("officer.id = ?1 order by issuedOn, id", officerId);
    }
}
