package org.enforcementledger.personnel.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.personnel.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.personnel.security.Roles;

@AcceptsIdempotencyKey
@Path("/api/v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates", description = "Enforcement certificates (行政执法证) and their status")
public class CertificateResource {

    @Schema(name = "NewCertificate")
    public record NewCertificate(
            @Schema(example = "50011224000123") @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]+") String number,
            @Schema(example = "重庆市渝北区司法局") @NotBlank @Size(max = 100) String issuingAuthority,
            @Schema(example = "2024-05-20") @NotNull LocalDate issuedOn,
            @Schema(example = "2030-05-19") @NotNull LocalDate expiresOn,
            @Schema(example = "[\"应急管理\", \"城市管理\"]") @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 50) String> domains) {
    }

    @Schema(name = "Certificate")
    public record CertificateView(String number, UUID officerId, String officerName, String issuingAuthority,
            LocalDate issuedOn, LocalDate expiresOn, List<String> domains, CertificateStatus status,
            @Schema(description = "In force today: issued, not expired, not suspended, cancelled or revoked") boolean inForceToday,
            @Schema(description = "Every step of the certificate's life, oldest first (R4.2)") List<StepView> history) {
        public static CertificateView of(Certificate c, LocalDate today) {
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

    @Schema(name = "CertificateChange")
    public record Change(
            @Schema(example = "2024-08-01") @NotNull LocalDate effectiveOn,
            @Schema(example = "涉嫌违法执法，立案调查期间暂扣") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "AnnualReview")
    public record AnnualReview(
            @Schema(example = "2024-12-10") @NotNull LocalDate reviewedOn,
            @Schema(example = "true") @NotNull Boolean passed) {
    }

    private final CertificateService certificates;

    private final Clock clock;

    public CertificateResource(CertificateService certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK, Roles.LEADER, Roles.DISTRICT_SUPERVISOR,
            Roles.CASE_OFFICER, Roles.LEGAL_REVIEWER })
    @GET
    @Path("/{number}")
    @Operation(summary = "Verify a certificate", description = "Status and validity, for public verification.")
    public CertificateView get(@PathParam("number") String number) {
        return view(certificates.get(number));
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @POST
    @Path("/{number}/suspension")
    @Operation(summary = "Suspend (暂扣) a valid certificate", description = "R4.2. Publishes certificate.suspended.v1.")
    public CertificateView suspend(@PathParam("number") String number, @Valid @NotNull Change change) {
        return view(certificates.change(number, CertificateAction.SUSPENDED, change.effectiveOn(), change.reason()));
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @POST
    @Path("/{number}/reinstatement")
    @Operation(summary = "Reinstate (恢复) a suspended certificate", description = "R4.2. Publishes certificate.reinstated.v1.")
    public CertificateView reinstate(@PathParam("number") String number, @Valid @NotNull Change change) {
        return view(certificates.change(number, CertificateAction.REINSTATED, change.effectiveOn(), change.reason()));
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @POST
    @Path("/{number}/cancellation")
    @Operation(summary = "Cancel (注销) a certificate", description = "No fault: departure, transfer, loss. Final (R4.2). "
            + "Publishes certificate.cancelled.v1.")
    public CertificateView cancel(@PathParam("number") String number, @Valid @NotNull Change change) {
        return view(certificates.change(number, CertificateAction.CANCELLED, change.effectiveOn(), change.reason()));
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @POST
    @Path("/{number}/revocation")
    @Operation(summary = "Revoke (吊销) a certificate", description = "Misconduct. Final (R4.2). Publishes certificate.revoked.v1.")
    public CertificateView revoke(@PathParam("number") String number, @Valid @NotNull Change change) {
        return view(certificates.change(number, CertificateAction.REVOKED, change.effectiveOn(), change.reason()));
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @POST
    @Path("/{number}/annual-reviews")
    @Operation(summary = "Record the annual review (年度审验)", description = "A failed review suspends a certificate in "
            + "force (spec §4.2). Publishes certificate.annual-review-recorded.v1.")
    public CertificateView annualReview(@PathParam("number") String number, @Valid @NotNull AnnualReview review) {
        return view(certificates.annualReview(number, review.reviewedOn(), review.passed()));
    }

    private CertificateView view(Certificate certificate) {
        return CertificateView.of(certificate, LocalDate.now(clock));
    }
}
