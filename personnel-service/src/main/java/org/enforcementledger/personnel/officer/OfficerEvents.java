package org.enforcementledger.personnel.officer;

import java.time.LocalDate;
import java.util.UUID;

import org.enforcementledger.personnel.department.DepartmentKind;

/** The data of officer events on {@code personnel.events}, keyed by officer id; schemas in {@code docs/events/}. */
public final class OfficerEvents {

    public static final String REGISTERED = "officer.registered.v1";
    public static final String UPDATED = "officer.updated.v1";
    public static final String DEPARTED = "officer.departed.v1";

    private OfficerEvents() {
    }

    public record OfficerRegistered(UUID officerId, String name, String departmentCode, DepartmentKind departmentKind,
            String position, boolean enforcementPost, boolean legalProfessionQualified, LocalDate joinedOn) {
    }

    /**
     * The officer as it is after the change (a full state, so consumers need no earlier event to apply it), and the day
     * the change takes effect.
     */
    public record OfficerUpdated(UUID officerId, String name, String departmentCode, DepartmentKind departmentKind,
            String position, boolean enforcementPost, boolean legalProfessionQualified, LocalDate joinedOn,
            LocalDate effectiveOn) {
    }

    public record OfficerDeparted(UUID officerId, String departmentCode, DepartmentKind departmentKind,
            LocalDate leftOn, DepartureReason reason, String cancelledCertificateNumber) {
    }
}
