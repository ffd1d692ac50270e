package org.enforcementledger.cases.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.enforcementledger.cases.casefile.Enums.Outcome;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The decision of a case (处罚决定 or 不予处罚), with its hearing and legal review (spec §5.4). */
@Entity
@Table(name = "decision")
public class Decision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "case_id", unique = true)
    public CaseFile caseFile;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @ElementCollection
    @CollectionTable(name = "penalty", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    public List<Penalty> penalties = new ArrayList<>();

    @Column(name = "hearing_offered_on")
    public LocalDate hearingOfferedOn;

    @Column(name = "hearing_held", nullable = false)
    public boolean hearingHeld;

    @Column(name = "reviewer_officer_id")
    public UUID reviewerOfficerId;

    @Column(name = "reviewed_on")
    public LocalDate reviewedOn;

    @Column(name = "review_passed")
    public Boolean reviewPassed;

    @Column(name = "fine_total", nullable = false)
    public BigDecimal fineTotal;

    @Column(name = "confiscation_total", nullable = false)
    public BigDecimal confiscationTotal;

    @Column(name = "amended_on")
    public LocalDate amendedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "closure_reason")
    public String closureReason;

    /** Replaces the penalties and recomputes the totals (money stays BigDecimal). */
    public void setPenalties(List<Penalty> newPenalties) {
        penalties.clear();
        penalties.addAll(newPenalties);
        fineTotal = BigDecimal.ZERO.setScale(2);
        confiscationTotal = BigDecimal.ZERO.setScale(2);
        for (Penalty penalty : newPenalties) {
            if (penalty.kind == PenaltyKind.FINE) {
                fineTotal = fineTotal.add(penalty.amount);
            } else if (penalty.kind.confiscation()) {
                confiscationTotal = confiscationTotal.add(penalty.amount);
            }
        }
    }

    public static Optional<Decision> ofCase(UUID caseId) {
        return find("caseFile.id", caseId).firstResultOptional();
    }

    public static boolean reviewedBefore(UUID reviewerOfficerId) {
        return count("reviewerOfficerId", reviewerOfficerId) > 0;
    }
}
