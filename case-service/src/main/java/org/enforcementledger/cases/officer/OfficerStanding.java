package org.enforcementledger.cases.officer;

import java.util.UUID;

/** What case-service knows of an officer on the day of an act: where they work and whether they may act (R4.1). */
public record OfficerStanding(UUID officerId, String orgUnit, String name, String departmentCode,
        String departmentKind, boolean legalProfessionQualified, boolean eligible, String certificateNumber,
        String reason) {

    public boolean inBusinessOffice() {
        return "BUSINESS_OFFICE".equals(departmentKind);
    }

    public boolean inEnforcementBrigade() {
        return "ENFORCEMENT_BRIGADE".equals(departmentKind);
    }
}
