package org.enforcementledger.report.casefile;

/** Where the town's power over a matter comes from (spec §2.1): 法定, 赋权, 委托. */
public enum MatterSource {
    STATUTORY, DEVOLVED, ENTRUSTED
}
