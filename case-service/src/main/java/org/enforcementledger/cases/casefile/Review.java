package org.enforcementledger.cases.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.enforcementledger.cases.casefile.Enums.ReviewKind;
import org.enforcementledger.cases.casefile.Enums.ReviewOutcome;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A challenge of a case's decision: administrative reconsideration or litigation (spec §10). */
@Entity
@Table(name = "review")
public class Review extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    public CaseFile caseFile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewKind kind;

    @Column(name = "filed_on", nullable = false)
    public LocalDate filedOn;

    @Enumerated(EnumType.STRING)
    public ReviewOutcome outcome;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    public static List<Review> ofCase(UUID caseId) {
        return list("caseFile.id = ?1 order by filedOn, id", caseId);
    }
}
