package org.enforcementledger.personnel.certificate;

import java.time.LocalDate;
import java.time.OffsetDateTime;

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

import org.enforcementledger.personnel.rules.CertificateAction;
import org.enforcementledger.personnel.rules.CertificateStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step in a certificate's life (R4.2 keeps the full history). */
@Entity
@Table(name = "certificate_history")
public class CertificateHistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "certificate_id")
    public Certificate certificate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CertificateAction action;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false)
    public CertificateStatus statusAfter;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
