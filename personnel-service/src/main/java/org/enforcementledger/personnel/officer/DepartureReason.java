package org.enforcementledger.personnel.officer;

/** Why an officer left the enforcement staff; each cancels (注销) the certificate in force (spec §4.2). */
public enum DepartureReason {
    TRANSFER,
    RETIREMENT,
    RESIGNATION,
    DISMISSAL,
    OTHER
}
