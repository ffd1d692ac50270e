package org.enforcementledger.cases.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcementledger.cases.casefile.Enums.CaseStatus;
import org.enforcementledger.cases.casefile.Enums.Outcome;
import org.enforcementledger.cases.casefile.Enums.PartyKind;
import org.enforcementledger.cases.casefile.Enums.Procedure;
import org.enforcementledger.cases.casefile.Enums.ReviewKind;
import org.enforcementledger.cases.casefile.Enums.ReviewOutcome;

/** What the case API accepts: the bodies of its commands, and the query of its list. */
public final class CaseRequests {

    private CaseRequests() {
    }

    @Schema(name = "Party")
    public record Party(
            @Schema(example = "PERSON") @NotNull PartyKind kind,
            @Schema(example = "刘某") @NotBlank @Size(max = 100) String name,
            @Schema(example = "500112199001011234", description = "ID card number or unified social credit code") @NotBlank @Size(max = 32) String idNumber) {
    }

    @Schema(name = "NewCase")
    public record NewCase(
            @Schema(example = "DW-2024-0137", description = "The district platform's own id of the case, unique within "
                    + "the town: a second case with it is refused with a 409 naming the first")
            @Size(min = 1, max = 100) String externalRef,
            @Schema(example = "YJ-CF-001") @NotBlank @Size(max = 64) String matterCode,
            @Schema(example = "DW-01") @NotBlank @Size(max = 32) String villageCode,
            @Valid @NotNull Party party,
            @Schema(description = "At least two officers holding certificates valid on filedOn (R4.1, R4.6); one of a "
                    + "business office and one of the brigade (§4.5)") @NotNull @Size(max = 10) List<@NotNull UUID> handlingOfficerIds,
            @Schema(example = "2024-05-06") @NotNull LocalDate filedOn,
            @Schema(example = "2024-05-01") @NotNull LocalDate violationOn,
            @Schema(example = "GENERAL") @NotNull Procedure procedure,
            @Schema(description = "The act harmed life, health or financial safety with harmful consequences: the "
                    + "limitation period is then 5 years instead of 2 (§5.2)") Boolean seriousHarm,
            @Schema(example = "未按规定开展安全生产教育培训") @NotBlank @Size(max = 2000) String summary,
            @Schema(description = "The inspection that found the violation, if any: one of the town's, conducted on "
                    + "or before filedOn. R8.8 then counts it under this case rather than as an inspection")
            UUID inspectionId) {
    }

    @Schema(name = "PenaltyItem")
    public record PenaltyItem(
            @Schema(example = "FINE") @NotNull PenaltyKind kind,
            @Schema(example = "2000.00", description = "Yuan; required for FINE and the confiscations, absent otherwise")
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2) BigDecimal amount) {
    }

    @Schema(name = "Hearing")
    public record Hearing(@Schema(example = "2024-06-01") LocalDate offeredOn, @NotNull Boolean held) {
    }

    @Schema(name = "LegalReview")
    public record LegalReview(@NotNull UUID reviewerOfficerId, @NotNull LocalDate reviewedOn, @NotNull Boolean passed) {
    }

    @Schema(name = "NewDecision")
    public record NewDecision(
            @Schema(example = "2024-06-20") @NotNull LocalDate decidedOn,
            @Schema(example = "PENALTY") @NotNull Outcome outcome,
            @NotNull @Size(max = 12) List<@Valid @NotNull PenaltyItem> penalties,
            @Valid Hearing hearing,
            @Valid LegalReview legalReview) {
    }

    @Schema(name = "DecisionAmendment")
    public record Amendment(
            @Schema(example = "2024-09-01") @NotNull LocalDate amendedOn,
            @Schema(example = "复议决定变更罚款数额") @NotBlank @Size(max = 500) String reason,
            @NotNull Outcome outcome,
            @NotNull @Size(max = 12) List<@Valid @NotNull PenaltyItem> penalties) {
    }

    @Schema(name = "TimeLimitExtension")
    public record Extension(
            @Schema(example = "2024-07-20") @NotNull LocalDate approvedOn,
            @Schema(example = "30") @NotNull @Min(1) @Max(365) Integer days,
            @Schema(example = "案情复杂，经负责人批准延长") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "Closure")
    public record Closure(
            @Schema(example = "2024-07-15") @NotNull LocalDate closedOn,
            @Schema(example = "当事人已全部履行") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "NewReview")
    public record NewReview(@Schema(example = "RECONSIDERATION") @NotNull ReviewKind kind,
            @Schema(example = "2024-08-01") @NotNull LocalDate filedOn) {
    }

    @Schema(name = "ReviewConclusion")
    public record Conclusion(@Schema(example = "UPHELD") @NotNull ReviewOutcome outcome,
            @Schema(example = "2024-09-20") @NotNull LocalDate decidedOn) {
    }

    /** The list's filters (each optional; the year is that of filing) and page. */
    public record CaseQuery(Integer year, CaseStatus status, String villageCode, String matterCode, String externalRef,
            int page, int size) {
    }
}
