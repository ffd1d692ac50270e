package org.enforcementledger.cases.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step of a case (全过程记录, spec §9.2): filing, extension, decision, amendment, reviews, closure. */
@Entity
@Table(name = "case_history")
public class CaseHistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    public CaseFile caseFile;

    @Column(nullable = false)
    public String action;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    public String detail;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
