package org.enforcementledger.report.summary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcementledger.report.casefile.CaseFigures;
import org.enforcementledger.report.consumer.FiguresVersion;
import org.enforcementledger.report.casefile.MatterSource;
import org.enforcementledger.report.casefile.PenaltyKind;
import org.enforcementledger.report.personnel.CertificateEventsHandler;
import org.enforcementledger.report.personnel.PersonnelFigures;
import org.enforcementledger.report.personnel.TrainingAndExamEventsHandler;
import org.enforcementledger.report.status.ConsumerState;

/**
 * The headline figures of a year for one org unit: running counters from the event consumer plus the personnel
 * figures computed from the projections. The summary endpoint, the annual report and the export all read this.
 */
@ApplicationScoped
public class SummaryService {

    @Schema(name = "PenaltySummary", description = "Spec §11.2: penalty decisions made in the year (by decidedOn),"
            + " including decisions later revoked, each once and as last amended")
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

    @Schema(name = "InspectionSummary")
    public record Inspections(@Schema(description = "行政检查 conducted in the year; a joint inspection counts once", example = "386") long total,
            @Schema(description = "联合检查", example = "42") long joint,
            @Schema(description = "涉企检查", example = "210") long enterpriseRelated) {
    }

    @Schema(name = "ReviewSummary", description = "Spec §10.3")
    public record Reviews(@Schema(description = "行政复议 filed in the year", example = "2") long reconsiderations,
            @Schema(description = "行政诉讼 filed in the year", example = "1") long litigations,
            @Schema(description = "Distinct penalty decisions of the year challenged by reconsideration or litigation; one challenged both ways counts once", example = "2") long challengedDecisions,
            @Schema(description = "复议诉讼率: challengedDecisions / penalty decisions of the year") Rate challengeRate,
            @Schema(description = "Reviews concluded in the year that corrected the decision", example = "1") long corrected,
            @Schema(description = "综合纠错率: corrected / reviews concluded in the year") Rate errorRate) {
    }

    @Schema(name = "PersonnelSummary", description = "Spec §11.5")
    public record Personnel(
            @Schema(description = "Officers in an enforcement post at some time in the year", example = "12") long officers,
            @Schema(description = "Officers holding a valid certificate on 31 December (today for the current year)", example = "12") long certifiedAtYearEnd,
            @Schema(description = "新增考取行政执法证", example = "4") long certificatesIssued,
            @Schema(description = "暂扣, by effective day", example = "0") long certificatesSuspended,
            @Schema(description = "注销, by effective day", example = "1") long certificatesCancelled,
            @Schema(description = "吊销, by effective day", example = "0") long certificatesRevoked,
            @Schema(description = "Class hours completed in the year, all officers", example = "780.5") BigDecimal trainingHoursTotal,
            @Schema(description = "Officers whose hours in the year reach the target (R4.3)", example = "11") long officersMeetingTrainingTarget,
            Rate trainingTargetRate,
            @Schema(description = "Annual legal exams sat in the year (R4.4)", example = "12") long examsTaken,
            @Schema(example = "12") long examsPassed) {
    }

    @Schema(name = "Summary")
    public record Summary(@Schema(example = "2024") int year, @Schema(example = "500112-dawan") String orgUnit,
            @Schema(description = "Time of the last event applied") OffsetDateTime asOf, Penalties penalties,
            Cases cases, Coercion coercion,
            @Schema(description = "行政征收 and 行政征用 completed in the year", example = "2") long expropriations,
            Inspections inspections, Reviews reviews, Personnel personnel) {
    }

    private record Key(String orgUnit, int year, LocalDate today) {
    }

    private record Computed(long version, Summary summary) {
    }

    private final PersonnelFigures personnelFigures;
    private final FiguresVersion figuresVersion;
    private final Clock clock;
    private final Map<Key, Computed> computed = new ConcurrentHashMap<>();
    private final Map<Key, Boolean> refreshing = new ConcurrentHashMap<>();
    private final Map<Key, Object> firstComputations = new ConcurrentHashMap<>();

    public SummaryService(PersonnelFigures personnelFigures, FiguresVersion figuresVersion, Clock clock) {
        this.personnelFigures = personnelFigures;
        this.figuresVersion = figuresVersion;
        this.clock = clock;
    }

    /** The district's summary: the sum of every town's that has figures or officers. */
    public Summary districtSummary(int year) {
        return DistrictRollUp.of(year, AnnualFigure.orgUnits().stream().map(unit -> summary(unit, year)).toList());
    }

    /**
     * The summary as of the last applied batch. Dashboards read it far more often than events arrive, so it is computed
     * once per change of the figures and served from memory. While one request recomputes a changed summary, the
     * others get the previous one — complete and consistent, and at most one batch old — instead of queueing.
     */
    public Summary summary(String unit, int year) {
        Key key = new Key(unit, year, LocalDate.now(clock));
        long version = figuresVersion.current();
        Computed cached = computed.get(key);
        if (cached != null && cached.version() == version) {
            return cached.summary();
        }
        if (cached == null) {
            // The first request for a key computes; the others wait for it instead of all running the queries.
            synchronized (firstComputations.computeIfAbsent(key, k -> new Object())) {
                cached = computed.get(key);
                if (cached != null) {
                    return cached.summary();
                }
                return store(key, version, compute(unit, year));
            }
        }
        if (refreshing.putIfAbsent(key, Boolean.TRUE) != null) {
            return cached.summary();
        }
        try {
            return store(key, version, compute(unit, year));
        } finally {
            refreshing.remove(key);
        }
    }

    private Summary store(Key key, long version, Summary fresh) {
        if (computed.size() > 10_000) {
            computed.clear();
            firstComputations.clear();
        }
        computed.merge(key, new Computed(version, fresh),
                (old, candidate) -> old.version() > candidate.version() ? old : candidate);
        return fresh;
    }

    private Summary compute(String unit, int year) {
        Map<String, BigDecimal> figures = AnnualFigure.ofYear(unit, year).stream()
                .collect(Collectors.toMap(f -> f.key.figure(), f -> f.value));
        return new Summary(year, unit, ConsumerState.current().lastEventTime, penalties(figures),
                new Cases(count(figures, CaseFigures.CASES_FILED), count(figures, CaseFigures.CASES_CLOSED)),
                new Coercion(count(figures, CaseFigures.COERCIVE_MEASURES)),
                count(figures, CaseFigures.EXPROPRIATIONS),
                new Inspections(count(figures, CaseFigures.INSPECTIONS), count(figures, CaseFigures.JOINT_INSPECTIONS),
                        count(figures, CaseFigures.ENTERPRISE_INSPECTIONS)),
                reviews(figures), personnel(figures, unit, year));
    }

    private static Penalties penalties(Map<String, BigDecimal> figures) {
        Map<PenaltyKind, Long> byKind = new EnumMap<>(PenaltyKind.class);
        for (PenaltyKind kind : PenaltyKind.values()) {
            byKind.put(kind, count(figures, CaseFigures.byKind(kind)));
        }
        Map<MatterSource, Long> bySource = new EnumMap<>(MatterSource.class);
        for (MatterSource source : MatterSource.values()) {
            bySource.put(source, count(figures, CaseFigures.bySource(source)));
        }
        return new Penalties(count(figures, CaseFigures.DECISIONS), count(figures, CaseFigures.NO_PENALTY_DECISIONS),
                amount(figures, CaseFigures.FINE_TOTAL), amount(figures, CaseFigures.CONFISCATION_TOTAL), byKind,
                bySource);
    }

    private static Reviews reviews(Map<String, BigDecimal> figures) {
        long challenged = count(figures, CaseFigures.CHALLENGED_DECISIONS);
        long corrected = count(figures, CaseFigures.REVIEWS_CORRECTED);
        return new Reviews(count(figures, CaseFigures.RECONSIDERATIONS), count(figures, CaseFigures.LITIGATIONS),
                challenged, Rate.of(challenged, count(figures, CaseFigures.DECISIONS)), corrected,
                Rate.of(corrected, count(figures, CaseFigures.REVIEWS_CONCLUDED)));
    }

    private Personnel personnel(Map<String, BigDecimal> figures, String unit, int year) {
        List<PersonnelFigures.OfficerYear> officers = personnelFigures.officers(unit, year);
        long meetingTarget = officers.stream().filter(PersonnelFigures.OfficerYear::trainingTargetMet).count();
        return new Personnel(officers.size(), personnelFigures.certifiedAtYearEnd(unit, year),
                count(figures, CertificateEventsHandler.CERTIFICATES_ISSUED),
                count(figures, CertificateEventsHandler.CERTIFICATES_SUSPENDED),
                count(figures, CertificateEventsHandler.CERTIFICATES_CANCELLED),
                count(figures, CertificateEventsHandler.CERTIFICATES_REVOKED),
                figures.getOrDefault(TrainingAndExamEventsHandler.TRAINING_HOURS, BigDecimal.ZERO).setScale(1),
                meetingTarget, Rate.of(meetingTarget, officers.size()),
                count(figures, TrainingAndExamEventsHandler.EXAMS_TAKEN),
                count(figures, TrainingAndExamEventsHandler.EXAMS_PASSED));
    }

    private static long count(Map<String, BigDecimal> figures, String name) {
        return figures.getOrDefault(name, BigDecimal.ZERO).longValueExact();
    }

    private static BigDecimal amount(Map<String, BigDecimal> figures, String name) {
        return figures.getOrDefault(name, BigDecimal.ZERO).setScale(2);
    }
}
