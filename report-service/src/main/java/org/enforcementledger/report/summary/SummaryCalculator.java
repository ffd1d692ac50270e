package org.enforcementledger.report.summary;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.enforcementledger.report.casefile.CaseFigures;
import org.enforcementledger.report.casefile.InspectionFigures;
import org.enforcementledger.report.casefile.MatterSource;
import org.enforcementledger.report.casefile.PenaltyKind;
import org.enforcementledger.report.personnel.PersonnelCounters;
import org.enforcementledger.report.personnel.PersonnelFigures;
import org.enforcementledger.report.status.ConsumerState;
import org.enforcementledger.report.summary.Summary.Cases;
import org.enforcementledger.report.summary.Summary.Coercion;
import org.enforcementledger.report.summary.Summary.Inspections;
import org.enforcementledger.report.summary.Summary.Penalties;
import org.enforcementledger.report.summary.Summary.Personnel;
import org.enforcementledger.report.summary.Summary.Reviews;

/**
 * Computes a town's summary of a year: the running counters the event consumer keeps ({@code annual_figure}) plus the
 * personnel and inspection figures computed from the projections. Needs a request context (Panache reads).
 */
@ApplicationScoped
public class SummaryCalculator {

    private final PersonnelFigures personnelFigures;
    private final InspectionFigures inspectionFigures;

    public SummaryCalculator(PersonnelFigures personnelFigures, InspectionFigures inspectionFigures) {
        this.personnelFigures = personnelFigures;
        this.inspectionFigures = inspectionFigures;
    }

    public Summary compute(String unit, int year) {
        Map<String, BigDecimal> figures = AnnualFigure.ofYear(unit, year).stream()
                .collect(Collectors.toMap(f -> f.key.figure(), f -> f.value));
        return new Summary(year, unit, ConsumerState.current().lastEventTime, penalties(figures),
                new Cases(count(figures, CaseFigures.CASES_FILED), count(figures, CaseFigures.CASES_CLOSED)),
                new Coercion(count(figures, CaseFigures.COERCIVE_MEASURES)),
                count(figures, CaseFigures.EXPROPRIATIONS),
                inspections(unit, year),
                reviews(figures), personnel(figures, unit, year));
    }

    private Inspections inspections(String unit, int year) {
        InspectionFigures.Year inspections = inspectionFigures.of(unit, year);
        return new Inspections(inspections.total(), inspections.joint(), inspections.enterpriseRelated(),
                inspections.followedByAct());
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
        PersonnelFigures.Year people = personnelFigures.year(unit, year);
        List<PersonnelFigures.OfficerYear> officers = people.officers();
        long meetingTarget = officers.stream().filter(PersonnelFigures.OfficerYear::trainingTargetMet).count();
        return new Personnel(officers.size(), people.officersAtYearEnd(), people.certifiedAtYearEnd(),
                Rate.of(people.certifiedAtYearEnd(), people.officersAtYearEnd()),
                count(figures, PersonnelCounters.CERTIFICATES_ISSUED),
                count(figures, PersonnelCounters.CERTIFICATES_SUSPENDED),
                count(figures, PersonnelCounters.CERTIFICATES_CANCELLED),
                count(figures, PersonnelCounters.CERTIFICATES_REVOKED),
                figures.getOrDefault(PersonnelCounters.TRAINING_HOURS, BigDecimal.ZERO).setScale(1),
                Average.of(people.trainingHoursOfOfficers(), officers.size()),
                meetingTarget, Rate.of(meetingTarget, officers.size()),
                officers.stream().filter(o -> !o.trainingAreasMissing().isEmpty()).count(),
                people.examsTaken(), people.examsPassed(), people.examAbsences(), people.examsExpected(),
                Rate.of(people.examsTaken(), people.examsExpected()),
                Rate.of(people.examsPassed(), people.examsTaken()));
    }

    private static long count(Map<String, BigDecimal> figures, String name) {
        return figures.getOrDefault(name, BigDecimal.ZERO).longValueExact();
    }

    private static BigDecimal amount(Map<String, BigDecimal> figures, String name) {
        return figures.getOrDefault(name, BigDecimal.ZERO).setScale(2);
    }
}
