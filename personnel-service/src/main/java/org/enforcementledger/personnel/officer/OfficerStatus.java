package org.enforcementledger.personnel.officer;

public enum OfficerStatus {
    ACTIVE,
    /** Left the town's enforcement staff (transfer, retirement, ...); the certificate is cancelled (注销). */
    DEPARTED
}
