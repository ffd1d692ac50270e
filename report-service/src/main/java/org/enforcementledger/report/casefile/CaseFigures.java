package org.enforcementledger.report.casefile;

/**
 * The names under which case figures are kept in {@code annual_figure}. Inspections are counted at read time
 * ({@link InspectionFigures}).
 */
public final class CaseFigures {

    public static final String DECISIONS = "penalties.decisions";
    public static final String NO_PENALTY_DECISIONS = "penalties.noPenaltyDecisions";
    public static final String FINE_TOTAL = "penalties.fineTotal";
    public static final String CONFISCATION_TOTAL = "penalties.confiscationTotal";
    public static final String CASES_FILED = "cases.filed";
    public static final String CASES_CLOSED = "cases.closed";
    public static final String COERCIVE_MEASURES = "coercion.measures";
    public static final String EXPROPRIATIONS = "expropriations";
    public static final String RECONSIDERATIONS = "reviews.reconsiderations";
    public static final String LITIGATIONS = "reviews.litigations";
    public static final String CHALLENGED_DECISIONS = "reviews.challengedDecisions";
    public static final String REVIEWS_CONCLUDED = "reviews.concluded";
    public static final String REVIEWS_CORRECTED = "reviews.corrected";

    private CaseFigures() {
    }

    public static String byKind(PenaltyKind kind) {
        return "penalties.byKind." + kind;
    }

    public static String bySource(MatterSource source) {
        return "penalties.bySource." + source;
    }
}
