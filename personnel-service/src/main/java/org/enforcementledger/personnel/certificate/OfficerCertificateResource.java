package org.enforcementledger.personnel.certificate;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.enforcementledger.personnel.idempotency.AcceptsIdempotencyKey;
import org.enforcementledger.personnel.security.Roles;

/** An officer's certificates: issuing one. */
@AcceptsIdempotencyKey
@Path("/api/v1/officers/{id}/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class OfficerCertificateResource {

    private final CertificateService certificates;
    private final Clock clock;

    public OfficerCertificateResource(CertificateService certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    @RolesAllowed({ Roles.PERSONNEL_CLERK })
    @POST
    @Operation(summary = "Issue a certificate to an officer",
            description = "Only for an officer in an enforcement post who passed a QUALIFICATION exam on or before issuedOn, "
                    + "with no other certificate in force (§4.1, R4.2); "
                    + "the number is unique. Publishes certificate.issued.v1.")
    public Response issue(@PathParam("id") UUID officerId,
            @Valid @NotNull CertificateRequests.NewCertificate request) {
        Certificate certificate = certificates.issue(officerId, request);
        return Response.created(URI.create("/api/v1/certificates/"
                + URLEncoder.encode(certificate.number, StandardCharsets.UTF_8)))
                .entity(CertificateViews.CertificateView.of(certificate, LocalDate.now(clock))).build();
    }
}
