package org.enforcementledger.personnel.rules;

/** The three areas of the yearly training requirement (R4.3). */
public enum TrainingCategory {
    /** 公共法律知识 */
    PUBLIC_LAW,
    /** 业务知识 */
    BUSINESS,
    /** 行政执法技能 */
    ENFORCEMENT_SKILLS
}
