package org.enforcementledger.personnel.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcementledger.personnel.rules.CertificateAction;
import org.enforcementledger.personnel.rules.CertificateStatus;

/** What the certificate API answers. */
public final class CertificateViews {

    private CertificateViews() {
    }

    @Schema(name = "Certificate")
    public record CertificateView(String number, UUID officerId, String officerName, String issuingAuthority,
            LocalDate issuedOn, LocalDate expiresOn, List<String> domains, CertificateStatus status,
            @Schema(description = "In force today: issued, not expired, not suspended, cancelled or revoked") boolean inForceToday,
            @Schema(description = "Every step of the certificate's life, oldest first (R4.2)") List<StepView> history) {
        static CertificateView of(Certificate c, LocalDate today) {
            return new CertificateView(c.number, c.officer.id, c.officer.name, c.issuingAuthority, c.issuedOn,
                    c.expiresOn, List.of(c.domains), c.status, c.inForceOn(today),
                    c.history.stream().map(StepView::of).toList());
        }
    }

    @Schema(name = "CertificateStep")
    public record StepView(CertificateAction action, LocalDate effectiveOn, String reason, CertificateStatus statusAfter) {
        static StepView of(CertificateHistoryEntry e) {
            return new StepView(e.action, e.effectiveOn, e.reason, e.statusAfter);
        }
    }

    /** The answer of {@code GET /officers/{id}/eligibility} (R4.1). */
    public record Eligibility(UUID officerId, LocalDate on, boolean eligible, String certificateNumber,
            List<String> reasons) {
    }
}
