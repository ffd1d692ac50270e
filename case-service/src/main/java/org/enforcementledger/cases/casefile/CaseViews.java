package org.enforcementledger.cases.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcementledger.cases.casefile.Enums.CaseStatus;
import org.enforcementledger.cases.casefile.Enums.Outcome;
import org.enforcementledger.cases.casefile.Enums.PartyKind;
import org.enforcementledger.cases.casefile.Enums.Procedure;
import org.enforcementledger.cases.casefile.Enums.ReviewKind;
import org.enforcementledger.cases.casefile.Enums.ReviewOutcome;
import org.enforcementledger.cases.matter.PowerSource;

/** What the case API answers. */
public final class CaseViews {

    private CaseViews() {
    }

    @Schema(name = "PartyView")
    public record PartyView(PartyKind kind, String name,
            @Schema(description = "Masked in lists; in full only when one case is read") String idNumber) {
    }

    @Schema(name = "PenaltyView")
    public record PenaltyView(PenaltyKind kind, BigDecimal amount) {
    }

    @Schema(name = "DecisionView")
    public record DecisionView(LocalDate decidedOn, Outcome outcome, List<PenaltyView> penalties, BigDecimal fineTotal,
            BigDecimal confiscationTotal, LocalDate hearingOfferedOn, boolean hearingHeld, UUID legalReviewerOfficerId,
            LocalDate legalReviewedOn, LocalDate amendedOn, LocalDate closedOn, String closureReason) {
        static DecisionView of(Decision d) {
            return new DecisionView(d.decidedOn, d.outcome,
                    d.penalties.stream().map(p -> new PenaltyView(p.kind, p.amount)).toList(), d.fineTotal,
                    d.confiscationTotal, d.hearingOfferedOn, d.hearingHeld, d.reviewerOfficerId, d.reviewedOn,
                    d.amendedOn, d.closedOn, d.closureReason);
        }
    }

    @Schema(name = "ReviewView")
    public record ReviewView(UUID id, ReviewKind kind, LocalDate filedOn, ReviewOutcome outcome, LocalDate decidedOn) {
        static ReviewView of(Review r) {
            return new ReviewView(r.id, r.kind, r.filedOn, r.outcome, r.decidedOn);
        }
    }

    @Schema(name = "CaseStep")
    public record StepView(String action, LocalDate effectiveOn, String detail) {
        static StepView of(CaseHistoryEntry e) {
            return new StepView(e.action, e.effectiveOn, e.detail);
        }
    }

    @Schema(name = "Case")
    public record CaseView(UUID id, String orgUnit,
            @Schema(example = "DW-2024-0137", description = "The district platform's own id of the case, if given") String externalRef,
            String matterCode, String matterName, PowerSource matterSource,
            @Schema(description = "For an entrusted matter: the bureau in whose name the case is handled (R3.2)") String actingInNameOf,
            String entrustmentNumber, String villageCode, PartyView party,
            @Schema(description = "The inspection that found the violation, if the case names one") UUID inspectionId,
            List<UUID> handlingOfficerIds,
            List<String> departmentCodes, LocalDate filedOn, LocalDate violationOn, Procedure procedure, String summary,
            CaseStatus status,
            @Schema(description = "Decision due by (90 days from filing plus recorded extensions, §5.4)") LocalDate decisionDueBy,
            DecisionView decision, List<ReviewView> reviews, List<StepView> history,
            @Schema(description = "Rules accepted with a warning (e.g. §4.5 in WARN mode)") List<String> warnings) {
    }

    @Schema(name = "CaseListItem")
    public record CaseListItem(UUID id, @Schema(example = "DW-2024-0137") String externalRef, String matterCode,
            String villageCode, PartyView party, LocalDate filedOn, CaseStatus status, LocalDate decidedOn,
            BigDecimal fineTotal) {
    }

    @Schema(name = "CasePage")
    public record CasePage(List<CaseListItem> items, int page, int size, long total) {
    }

    static CaseView of(CaseFile c, Decision decision, List<Review> reviews, LocalDate decisionDueBy) {
        return new CaseView(c.id, c.orgUnit, c.externalRef, c.matter.code, c.matter.name, c.matter.source,
                c.actingInNameOf, c.entrustmentNumber, c.village.code,
                new PartyView(c.partyKind, c.partyName, c.partyIdNumber), c.inspectionId, List.of(c.officerIds), List.of(c.departmentCodes), c.filedOn, c.violationOn, c.procedure, c.summary,
                c.status, decisionDueBy, decision == null ? null : DecisionView.of(decision),
                reviews.stream().map(ReviewView::of).toList(), c.history.stream().map(StepView::of).toList(),
                c.history.stream().filter(h -> "WARNING".equals(h.action)).map(h -> h.detail).toList());
    }

    static CaseListItem listItem(CaseFile c, Decision decision) {
        return new CaseListItem(c.id, c.externalRef, c.matter.code, c.village.code,
                new PartyView(c.partyKind, c.partyName, mask(c.partyIdNumber)), c.filedOn, c.status,
                decision == null ? null : decision.decidedOn, decision == null ? null : decision.fineTotal);
    }

    /** Keeps the first 6 and last 4 characters of an ID number (region and check digits), hides the rest. */
    static String mask(String idNumber) {
        if (idNumber.length() <= 10) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }
}
