package org.enforcementledger.report.personnel;

/**
 * The names under which personnel figures are kept in {@code annual_figure}: the handlers add to them, the summary
 * reads them. The rest of the personnel figures is computed from the projections ({@link PersonnelFigures}).
 */
public final class PersonnelCounters {

    public static final String CERTIFICATES_ISSUED = "personnel.certificatesIssued";
    public static final String CERTIFICATES_SUSPENDED = "personnel.certificatesSuspended";
    public static final String CERTIFICATES_CANCELLED = "personnel.certificatesCancelled";
    public static final String CERTIFICATES_REVOKED = "personnel.certificatesRevoked";
    public static final String TRAINING_HOURS = "personnel.trainingHoursTotal";

    private PersonnelCounters() {
    }
}
