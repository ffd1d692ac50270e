package org.enforcementledger.personnel.department;

/** The two kinds of internal unit that the "1+1" case-handling mode pairs (spec §4.5). */
public enum DepartmentKind {
    /** 业务科室/站所 — a business office or station. */
    BUSINESS_OFFICE,
    /** 综合行政执法大队 — the comprehensive enforcement brigade. */
    ENFORCEMENT_BRIGADE
}
