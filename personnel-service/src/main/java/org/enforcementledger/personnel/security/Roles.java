package org.enforcementledger.personnel.security;

/**
 * The roles a token may carry (claim {@code groups}); which endpoint allows which is tabled in docs/security.md and
 * declared on each resource method with {@code @RolesAllowed}.
 */
public final class Roles {

    /** Reference data: departments in personnel-service; villages, matters and entrustments in case-service. */
    public static final String ADMIN = "admin";
    /** Keeps the town's personnel records: officers, certificates, exams, training. */
    public static final String PERSONNEL_CLERK = "personnel-clerk";
    public static final String CASE_OFFICER = "case-officer";
    public static final String LEGAL_REVIEWER = "legal-reviewer";
    /** The town leader: reads, never writes. */
    public static final String LEADER = "leader";
    /** The district "执法+监督" platform and its people: read everything of every town. */
    public static final String DISTRICT_SUPERVISOR = "district-supervisor";
    /** A system that reads figures only. */
    public static final String STATISTICS_READER = "statistics-reader";

    private Roles() {
    }
}
