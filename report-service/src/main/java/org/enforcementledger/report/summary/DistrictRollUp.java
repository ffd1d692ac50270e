package org.enforcementledger.report.summary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.enforcementledger.report.casefile.MatterSource;
import org.enforcementledger.report.casefile.PenaltyKind;
import org.enforcementledger.report.summary.Summary.Cases;
import org.enforcementledger.report.summary.Summary.Coercion;
import org.enforcementledger.report.summary.Summary.Inspections;
import org.enforcementledger.report.summary.Summary.Penalties;
import org.enforcementledger.report.summary.Summary.Personnel;
import org.enforcementledger.report.summary.Summary.Reviews;

/**
 * The district's summary: the sum of its towns'. Every count and amount adds up, since each record belongs to exactly
 * one town; each rate is recomputed from the summed numerators and denominators, never averaged.
 */
final class DistrictRollUp {

    /** What the roll-up's {@code orgUnit} says. */
    static final String DISTRICT = "district";

    private DistrictRollUp() {
    }

    static Summary of(int year, List<Summary> towns) {
        OffsetDateTime asOf = towns.stream().map(Summary::asOf).filter(Objects::nonNull)
                .max(OffsetDateTime::compareTo).orElse(null);
        return new Summary(year, DISTRICT, asOf, penalties(towns), new Cases(sum(towns, s -> s.cases().filed()),
                sum(towns, s -> s.cases().closed())),
                new Coercion(sum(towns, s -> s.coercion().measures())),
                sum(towns, Summary::expropriations),
                new Inspections(sum(towns, s -> s.inspections().total()), sum(towns, s -> s.inspections().joint()),
                        sum(towns, s -> s.inspections().enterpriseRelated()),
                        sum(towns, s -> s.inspections().followedByAct())),
                reviews(towns), personnel(towns));
    }

    private static Penalties penalties(List<Summary> towns) {
        return new Penalties(sum(towns, s -> s.penalties().decisions()),
                sum(towns, s -> s.penalties().noPenaltyDecisions()),
                amount(towns, s -> s.penalties().fineTotal()),
                amount(towns, s -> s.penalties().confiscationTotal()),
                counts(towns, s -> s.penalties().byKind(), new EnumMap<>(PenaltyKind.class)),
                counts(towns, s -> s.penalties().bySource(), new EnumMap<>(MatterSource.class)));
    }

    private static Reviews reviews(List<Summary> towns) {
        long challenged = sum(towns, s -> s.reviews().challengedDecisions());
        long corrected = sum(towns, s -> s.reviews().corrected());
        return new Reviews(sum(towns, s -> s.reviews().reconsiderations()), sum(towns, s -> s.reviews().litigations()),
                challenged, Rate.of(challenged, sum(towns, s -> s.reviews().challengeRate().denominator())),
                corrected, Rate.of(corrected, sum(towns, s -> s.reviews().errorRate().denominator())));
    }

    private static Personnel personnel(List<Summary> towns) {
        long officers = sum(towns, s -> s.personnel().officers());
        long atYearEnd = sum(towns, s -> s.personnel().officersAtYearEnd());
        long certified = sum(towns, s -> s.personnel().certifiedAtYearEnd());
        long meeting = sum(towns, s -> s.personnel().officersMeetingTrainingTarget());
        long taken = sum(towns, s -> s.personnel().examsTaken());
        long passed = sum(towns, s -> s.personnel().examsPassed());
        long expected = sum(towns, s -> s.personnel().examsExpected());
        return new Personnel(officers, atYearEnd, certified, Rate.of(certified, atYearEnd),
                sum(towns, s -> s.personnel().certificatesIssued()),
                sum(towns, s -> s.personnel().certificatesSuspended()),
                sum(towns, s -> s.personnel().certificatesCancelled()),
                sum(towns, s -> s.personnel().certificatesRevoked()),
                hours(towns, s -> s.personnel().trainingHoursTotal()),
                Average.of(hours(towns, s -> s.personnel().trainingHoursPerOfficer().total()), officers),
                meeting, Rate.of(meeting, officers), sum(towns, s -> s.personnel().officersMissingTrainingArea()),
                taken, passed, sum(towns, s -> s.personnel().examAbsences()), expected, Rate.of(taken, expected),
                Rate.of(passed, taken));
    }

    private static BigDecimal hours(List<Summary> towns, Function<Summary, BigDecimal> figure) {
        return towns.stream().map(figure).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
    }

    private static long sum(List<Summary> towns, ToLongFunction<Summary> figure) {
        return towns.stream().mapToLong(figure).sum();
    }

    private static BigDecimal amount(List<Summary> towns, Function<Summary, BigDecimal> figure) {
        return towns.stream().map(figure).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static <K extends Enum<K>> Map<K, Long> counts(List<Summary> towns, Function<Summary, Map<K, Long>> figure,
            Map<K, Long> into) {
        towns.forEach(s -> figure.apply(s).forEach((k, v) -> into.merge(k, v, Long::sum)));
        return into;
    }
}
