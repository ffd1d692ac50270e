package org.enforcementledger.cases.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.enforcementledger.cases.casefile.Enums.Outcome;
import org.enforcementledger.cases.casefile.Enums.PartyKind;
import org.enforcementledger.cases.casefile.Enums.Procedure;
import org.enforcementledger.cases.casefile.Enums.ReviewKind;
import org.enforcementledger.cases.casefile.Enums.ReviewOutcome;
import org.enforcementledger.cases.matter.PowerSource;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The data of case events on {@code case.events}, keyed by case id; schemas in {@code docs/events/case/}. The party's
 * name and ID number stay in case-service: no consumer needs them.
 */
public final class CaseEvents {

    public static final String FILED = "case.filed.v1";
    public static final String DECIDED = "case.decided.v1";
    public static final String DECISION_AMENDED = "case.decision-amended.v1";
    public static final String CLOSED = "case.closed.v1";
    public static final String REVIEW_FILED = "case.review-filed.v1";
    public static final String REVIEW_CONCLUDED = "case.review-concluded.v1";

    private CaseEvents() {
    }

    /** @param inspectionId the inspection that found the violation; left out when the case names none */
    public record CaseFiled(UUID caseId, String matterCode, PowerSource matterSource, String actingInNameOf,
            String entrustmentNumber, String villageCode, Procedure procedure, PartyKind partyKind, LocalDate filedOn,
            LocalDate violationOn, List<UUID> officerIds, List<String> departmentCodes,
            @JsonInclude(JsonInclude.Include.NON_NULL) UUID inspectionId) {
    }

    public record PenaltyData(PenaltyKind kind, BigDecimal amount) {
    }

    public record CaseDecided(UUID caseId, LocalDate decidedOn, Outcome outcome, List<PenaltyData> penalties,
            BigDecimal fineTotal, BigDecimal confiscationTotal, String matterCode, PowerSource matterSource,
            String actingInNameOf, String villageCode, Procedure procedure, PartyKind partyKind,
            List<String> departmentCodes, LocalDate filedOn, boolean hearingOffered, boolean hearingHeld,
            boolean legalReviewed) {
    }

    public record DecisionAmended(UUID caseId, LocalDate decidedOn, Outcome outcome, List<PenaltyData> penalties,
            BigDecimal fineTotal, BigDecimal confiscationTotal, String matterCode, PowerSource matterSource,
            String actingInNameOf, String villageCode, Procedure procedure, PartyKind partyKind,
            List<String> departmentCodes, LocalDate filedOn, boolean hearingOffered, boolean hearingHeld,
            boolean legalReviewed, LocalDate amendedOn, String reason) {
    }

    public record CaseClosed(UUID caseId, LocalDate closedOn, String reason, String villageCode, String matterCode) {
    }

    public record ReviewFiled(UUID caseId, UUID reviewId, ReviewKind kind, LocalDate filedOn, LocalDate decidedOn) {
    }

    public record ReviewConcluded(UUID caseId, UUID reviewId, ReviewKind kind, ReviewOutcome outcome,
            LocalDate decidedOn, boolean corrected) {
    }
}
