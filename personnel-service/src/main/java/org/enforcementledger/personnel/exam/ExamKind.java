package org.enforcementledger.personnel.exam;

public enum ExamKind {
    /** 资格考试 — the qualification exam a certificate requires (spec §4.1). */
    QUALIFICATION,
    /** 年度学法考试 — the annual legal exam every officer sits (R4.4). */
    ANNUAL_LEGAL
}
