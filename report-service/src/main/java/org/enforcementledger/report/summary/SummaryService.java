package org.enforcementledger.report.summary;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcementledger.report.casefile.CaseFigures;
import org.enforcementledger.report.consumer.FiguresVersion;
import org.enforcementledger.report.casefile.MatterSource;
import org.enforcementledger.report.casefile.PenaltyKind;
import org.enforcementledger.report.personnel.CertificateEventsHandler;
import org.enforcementledger.report.personnel.PersonnelFigures;
import org.enforcementledger.report.personnel.TrainingAndExamEventsHandler;
import org.enforcementledger.report.status.ConsumerState;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

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

    /** A summary with its JSON as served, its entity tag (unquoted), and the figures version it was computed at. */
    public record Rendered(long version, Summary summary, byte[] json, String etag) {
    }

    private record Key(String orgUnit, int year, LocalDate today) {
    }

    private final PersonnelFigures personnelFigures;
    private final FiguresVersion figuresVersion;
    private final Clock clock;
    private final ObjectMapper objectMapper;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final ExecutorService refresher = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "summary-refresh");
        thread.setDaemon(true);
        return thread;
    });

    public SummaryService(PersonnelFigures personnelFigures, FiguresVersion figuresVersion, Clock clock,
            ObjectMapper objectMapper) {
        this.personnelFigures = personnelFigures;
        this.figuresVersion = figuresVersion;
        this.clock = clock;
        this.objectMapper = objectMapper;
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    /** The district's summary: the sum of every town's that has figures or officers. Blocks. */
    @ActivateRequestContext
    public Summary districtSummary(int year) {
        return DistrictRollUp.of(year, AnnualFigure.orgUnits().stream().map(unit -> summary(unit, year)).toList());
    }

    /** {@link #rendered}'s summary, for callers that may block. */
    public Summary summary(String unit, int year) {
        try {
            return rendered(unit, year).toCompletableFuture().join().summary();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The summary as of the last applied batch, never blocking the caller. Dashboards read it far more often than
     * events arrive, so it is computed once per change of the figures, serialized once, and served from memory. The
     * first reader after a change waits for the new one, computed on a thread of this service's own; readers arriving
     * while it is computed get the previous one — complete and consistent, and at most one batch old — at once.
     */
    public CompletionStage<Rendered> rendered(String unit, int year) {
        Key key = new Key(unit, year, LocalDate.now(clock));
        Entry entry = entries.get(key);
        if (entry == null) {
            if (entries.size() > 10_000) {
                entries.clear();
            }
            entry = entries.computeIfAbsent(key, Entry::new);
        }
        long version = figuresVersion.current();
        Rendered current = entry.current;
        if (current != null && (current.version() >= version || entry.computing())) {
            return CompletableFuture.completedFuture(current);
        }
        return entry.compute();
    }

    /** One key's summary: the last computed, and the computation under way, of which there is at most one. */
    private final class Entry {

        private final Key key;
        private volatile Rendered current;
        private CompletableFuture<Rendered> computing;

        Entry(Key key) {
            this.key = key;
        }

        synchronized boolean computing() {
            return computing != null;
        }

        synchronized CompletableFuture<Rendered> compute() {
            if (computing == null) {
                CompletableFuture<Rendered> result = new CompletableFuture<>();
                computing = result;
                refresher.execute(() -> run(result));
            }
            return computing;
        }

        private void run(CompletableFuture<Rendered> result) {
            // Read before the queries: a batch committing meanwhile leaves this summary behind the version.
            long version = figuresVersion.current();
            Rendered rendered = null;
            Throwable failure = null;
            try {
                rendered = render(key, version);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            synchronized (this) {
                if (rendered != null && (current == null || current.version() < version)) {
                    current = rendered;
                }
                computing = null;
            }
            if (failure == null) {
                result.complete(rendered);
            } else {
                result.completeExceptionally(failure);
            }
        }
    }

    /** Runs on a refresher thread, which has no request context of its own for the Panache reads. */
    private Rendered render(Key key, long version) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            Summary summary = compute(key.orgUnit(), key.year());
            byte[] json = objectMapper.writeValueAsBytes(summary);
            return new Rendered(version, summary, json, etag(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize the summary", e);
        } finally {
            requestContext.terminate();
        }
    }

    private static String etag(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
