package org.enforcementledger.cases.matter;

/** Where the town's power over a matter comes from (spec §2.1). */
public enum PowerSource {
    /** 法定 — given to towns directly by law; acts in the town's name. */
    STATUTORY,
    /** 赋权 — devolved by the municipality (Penalty Law Art 24); acts in the town's name. */
    DEVOLVED,
    /** 委托 — entrusted by a district bureau in writing (Arts 20–21); acts in the bureau's name. */
    ENTRUSTED
}
