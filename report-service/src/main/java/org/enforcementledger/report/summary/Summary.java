package org.enforcementledger.report.summary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcementledger.report.casefile.MatterSource;
import org.enforcementledger.report.casefile.PenaltyKind;

/**
 * The headline figures of a year for one org unit, or for the district: what {@code /summary} answers, and what the
 * annual report and the statistical tables are written from.
 */
@Schema(name = "Summary")
public record Summary(@Schema(example = "2024") int year, @Schema(example = "500112-dawan") String orgUnit,
        @Schema(description = "Time of the last event applied") OffsetDateTime asOf, Penalties penalties,
        Cases cases, Coercion coercion,
        @Schema(description = "行政征收 and 行政征用 completed in the year", example = "2") long expropriations,
        Inspections inspections, Reviews reviews, Personnel personnel) {

    @Schema(name = "PenaltySummary", description = "Spec §11.2: penalty decisions made in the year (by decidedOn),"
            + " including decisions later revoked or amended, each once and as it stood at the end of that year: an"
            + " amendment of the year to another penalty counts, one to no penalty or of a later year does not")
    public record Penalties(
            @Schema(description = "Penalty decisions (合计, 宗)", example = "119") long decisions,
            @Schema(description = "Decisions not to penalise (不予处罚); not among the penalty decisions", example = "3") long noPenaltyDecisions,
            @Schema(description = "Fines decided, yuan (not collected)", example = "4150.00") BigDecimal fineTotal,
            @Schema(description = "Illegal gains and property confiscated as decided, yuan, where a value is determinable", example = "800.00") BigDecimal confiscationTotal,
            @Schema(description = "Penalty decisions by their heaviest penalty kind (order: ledger.report.penalty-severity); every kind listed",
                    example = "{\"WARNING\": 96, \"PUBLIC_CRITICISM\": 0, \"FINE\": 21, \"CONFISCATE_ILLEGAL_GAINS\": 1,"
                            + " \"CONFISCATE_ILLEGAL_PROPERTY\": 0, \"SUSPEND_PERMIT\": 0, \"LOWER_QUALIFICATION\": 0,"
                            + " \"REVOKE_PERMIT\": 0, \"RESTRICT_BUSINESS\": 0, \"ORDER_SUSPENSION\": 1,"
                            + " \"ORDER_CLOSURE\": 0, \"RESTRICT_PRACTICE\": 0}") Map<PenaltyKind, Long> byKind,
            @Schema(description = "Penalty decisions by the source of the town's power over the matter; every source listed",
                    example = "{\"STATUTORY\": 30, \"DEVOLVED\": 85, \"ENTRUSTED\": 4}") Map<MatterSource, Long> bySource) {
    }

    @Schema(name = "CaseSummary")
    public record Cases(@Schema(description = "立案, by filedOn", example = "122") long filed,
            @Schema(description = "结案, by closedOn", example = "117") long closed) {
    }

    @Schema(name = "CoercionSummary")
    public record Coercion(@Schema(description = "行政强制措施 applied in the year", example = "5") long measures) {
    }

    @Schema(name = "InspectionSummary", description = "R8.7, R8.8, by conductedOn")
    public record Inspections(
            @Schema(description = "行政检查: inspected objects with a complete record; patrols and records without findings are none, and by default (ledger.report.inspections-followed-by-act=EXCLUDE) neither is an inspection a case filed in the same year names", example = "386") long total,
            @Schema(description = "联合检查: joint operations with other enforcement bodies, each once however many objects it inspected", example = "42") long joint,
            @Schema(description = "涉企检查: of the inspections counted in total, those of enterprises", example = "210") long enterpriseRelated,
            @Schema(description = "Inspections with a complete record that a case filed in the same year names: counted under that act (and in total only with INCLUDE)", example = "12") long followedByAct) {
    }

    @Schema(name = "ReviewSummary", description = "Spec §10.3")
    public record Reviews(@Schema(description = "行政复议 filed in the year", example = "2") long reconsiderations,
            @Schema(description = "行政诉讼 filed in the year", example = "1") long litigations,
            @Schema(description = "Distinct penalty decisions of the year challenged by reconsideration or litigation; one challenged both ways counts once", example = "2") long challengedDecisions,
            @Schema(description = "复议诉讼率: challengedDecisions / penalty decisions of the year") Rate challengeRate,
            @Schema(description = "Reviews concluded in the year that corrected the decision", example = "1") long corrected,
            @Schema(description = "综合纠错率: corrected / reviews concluded in the year") Rate errorRate) {
    }

    @Schema(name = "PersonnelSummary", description = "Spec §11.5, R4.3, R4.4. The year's last day is 31 December, or"
            + " today for the current year")
    public record Personnel(
            @Schema(description = "Officers in an enforcement post at some time in the year", example = "12") long officers,
            @Schema(description = "Officers in an enforcement post on the year's last day (not left by then): 持证率's denominator", example = "11") long officersAtYearEnd,
            @Schema(description = "Of officersAtYearEnd, those holding a valid certificate that day", example = "11") long certifiedAtYearEnd,
            @Schema(description = "持证率: certifiedAtYearEnd / officersAtYearEnd") Rate certificationRate,
            @Schema(description = "新增考取行政执法证", example = "4") long certificatesIssued,
            @Schema(description = "暂扣, by effective day; a suspension by a failed annual review included", example = "0") long certificatesSuspended,
            @Schema(description = "注销, by effective day", example = "1") long certificatesCancelled,
            @Schema(description = "吊销, by effective day", example = "0") long certificatesRevoked,
            @Schema(description = "Class hours completed in the year, all officers", example = "780.5") BigDecimal trainingHoursTotal,
            @Schema(description = "人均学时: the hours of the officers counted in officers / officers") Average trainingHoursPerOfficer,
            @Schema(description = "Officers whose hours in the year reach the target and cover all three areas (R4.3)", example = "11") long officersMeetingTrainingTarget,
            @Schema(description = "培训达标率: officersMeetingTrainingTarget / officers") Rate trainingTargetRate,
            @Schema(description = "Officers without any hours in the year in one of the three areas (公共法律知识, 业务知识, 执法技能)", example = "1") long officersMissingTrainingArea,
            @Schema(description = "Officers who sat the annual legal exam in the year (R4.4), however many times", example = "12") long examsTaken,
            @Schema(description = "Officers who passed the annual legal exam at a sitting of the year", example = "12") long examsPassed,
            @Schema(description = "Officers recorded absent from it in the year who did not sit it", example = "1") long examAbsences,
            @Schema(description = "Officers expected to sit it: in an enforcement post on the year's last day, and any other officer who sat or was recorded absent", example = "12") long examsExpected,
            @Schema(description = "参考率: examsTaken / examsExpected") Rate examParticipationRate,
            @Schema(description = "合格率: examsPassed / examsTaken") Rate examPassRate) {
    }
}
