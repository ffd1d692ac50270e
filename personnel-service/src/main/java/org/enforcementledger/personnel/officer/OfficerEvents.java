package org.enforcementledger.personnel.officer;

import java.time.LocalDate;
import java.util.UUID;

import org.enforcementledger.personnel.department.DepartmentKind;

/** The data of officer events on {@code personnel.events}; schemas in {@code docs/events/}. */
public final class OfficerEvents {

    public static final String REGISTERED = "officer.registered.v1";

    private OfficerEvents() {
    }

    public record OfficerRegistered(UUID officerId, String name, String departmentCode, DepartmentKind departmentKind,
            String position, boolean enforcementPost, boolean legalProfessionQualified, LocalDate joinedOn) {
    }
}
