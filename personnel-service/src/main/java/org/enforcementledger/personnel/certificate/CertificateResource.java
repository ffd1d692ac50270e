package org.enforcementledger.personnel.certificate;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.personnel.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.personnel.rules.CertificateAction;
import org.enforcementledger.personnel.security.Roles;

@AcceptsIdempotencyKey
@Path("/api/v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates", description = "Enforcement certificates (行政执法证) and their status")
public class CertificateResource {

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
    public CertificateViews.CertificateView get(@PathParam("number") String number) {
        return view(certificates.get(number));
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @POST
    @Path("/{number}/suspension")
    @Operation(summary = "Suspend (暂扣) a valid certificate", description = "R4.2. Publishes certificate.suspended.v1.")
    public CertificateViews.CertificateView suspend(@PathParam("number") String number,
            @Valid @NotNull CertificateRequests.Change change) {
        return view(certificates.change(number, CertificateAction.SUSPENDED, change));
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @POST
    @Path("/{number}/reinstatement")
    @Operation(summary = "Reinstate (恢复) a suspended certificate", description = "R4.2. Publishes certificate.reinstated.v1.")
    public CertificateViews.CertificateView reinstate(@PathParam("number") String number,
            @Valid @NotNull CertificateRequests.Change change) {
        return view(certificates.change(number, CertificateAction.REINSTATED, change));
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @POST
    @Path("/{number}/cancellation")
    @Operation(summary = "Cancel (注销) a certificate", description = "No fault: departure, transfer, loss. Final (R4.2). "
            + "Publishes certificate.cancelled.v1.")
    public CertificateViews.CertificateView cancel(@PathParam("number") String number,
            @Valid @NotNull CertificateRequests.Change change) {
        return view(certificates.change(number, CertificateAction.CANCELLED, change));
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @POST
    @Path("/{number}/revocation")
    @Operation(summary = "Revoke (吊销) a certificate", description = "Misconduct. Final (R4.2). Publishes certificate.revoked.v1.")
    public CertificateViews.CertificateView revoke(@PathParam("number") String number,
            @Valid @NotNull CertificateRequests.Change change) {
        return view(certificates.change(number, CertificateAction.REVOKED, change));
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @POST
    @Path("/{number}/annual-reviews")
    @Operation(summary = "Record the annual review (年度审验)", description = "A failed review suspends a certificate in "
            + "force (spec §4.2). Publishes certificate.annual-review-recorded.v1.")
    public CertificateViews.CertificateView annualReview(@PathParam("number") String number,
            @Valid @NotNull CertificateRequests.AnnualReview review) {
        return view(certificates.annualReview(number, review));
    }

    private CertificateViews.CertificateView view(Certificate certificate) {
        return CertificateViews.CertificateView.of(certificate, LocalDate.now(clock));
    }
}
