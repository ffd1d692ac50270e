package org.enforcementledger.personnel.certificate;

import java.time.LocalDate;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.enforcementledger.personnel.officer.Officer;
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

    /** In force on a day: issued by then, not yet expired, and neither suspended, cancelled nor revoked. */
    public boolean inForceOn(LocalDate day) {
        return status == CertificateStatus.VALID && !day.isBefore(issuedOn) && !day.isAfter(expiresOn);
    }

    public static Optional<Certificate> findByNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    public static List<Certificate> ofOfficer(UUID officerId) {
        return list("officer.id = ?1 order by issuedOn, id", officerId);
    }
}
