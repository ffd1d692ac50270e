package org.enforcementledger.personnel.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.enforcementledger.personnel.department.DepartmentKind;

/** The data of certificate events on {@code personnel.events}; schemas in {@code docs/events/}. */
public final class CertificateEvents {

    public static final String ISSUED = "certificate.issued.v1";

    private CertificateEvents() {
    }

    public record CertificateIssued(String certificateNumber, UUID officerId, String departmentCode,
            DepartmentKind departmentKind, String issuingAuthority, LocalDate issuedOn, LocalDate expiresOn,
            List<String> domains) {
    }
}
