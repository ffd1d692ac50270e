package org.enforcementledger.cases.matter;

/** The kind of act a catalogue matter authorises (spec R2.1). */
public enum ActType {
    /** 行政处罚 */
    PENALTY,
    /** 行政检查 */
    INSPECTION,
    /** 行政强制 */
    COERCION,
    /** 行政征收/征用 */
    EXPROPRIATION,
    OTHER
}
