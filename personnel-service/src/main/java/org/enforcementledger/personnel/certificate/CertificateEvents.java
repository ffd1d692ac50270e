package org.enforcementledger.personnel.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.enforcementledger.personnel.department.DepartmentKind;
import org.enforcementledger.personnel.rules.CertificateAction;
import org.enforcementledger.personnel.rules.CertificateStatus;

/**
 * The data of certificate events on {@code personnel.events}, keyed by the holder's officer id; schemas in
 * {@code docs/events/personnel/}.
 */
public final class CertificateEvents {

    public static final String ISSUED = "certificate.issued.v1";
    public static final String SUSPENDED = "certificate.suspended.v1";
    public static final String REINSTATED = "certificate.reinstated.v1";
    public static final String CANCELLED = "certificate.cancelled.v1";
    public static final String REVOKED = "certificate.revoked.v1";
    public static final String ANNUAL_REVIEW_RECORDED = "certificate.annual-review-recorded.v1";

    private CertificateEvents() {
    }

    public record CertificateIssued(String certificateNumber, UUID officerId, String departmentCode,
            DepartmentKind departmentKind, String issuingAuthority, LocalDate issuedOn, LocalDate expiresOn,
            List<String> domains) {
    }

    /** Suspension, reinstatement, cancellation or revocation; the status is the certificate's after the change. */
    public record CertificateStatusChanged(String certificateNumber, UUID officerId, LocalDate effectiveOn,
            String reason, CertificateStatus status) {
    }

    public record AnnualReviewRecorded(String certificateNumber, UUID officerId, LocalDate reviewedOn, boolean passed,
            CertificateStatus status) {
    }

    static String typeOf(CertificateAction action) {
        return switch (action) {
            case ISSUED -> ISSUED;
            case SUSPENDED -> SUSPENDED;
            case REINSTATED -> REINSTATED;
            case CANCELLED -> CANCELLED;
            case REVOKED -> REVOKED;
            case ANNUAL_REVIEW_PASSED, ANNUAL_REVIEW_FAILED -> ANNUAL_REVIEW_RECORDED;
        };
    }
}
