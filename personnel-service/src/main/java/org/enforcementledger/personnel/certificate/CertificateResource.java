package org.enforcementledger.personnel.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
            @Schema(description = "In force today: issued, not expired, not suspended, cancelled or revoked") boolean inForceToday) {
        public static CertificateView of(Certificate c) {
            return new CertificateView(c.number, c.officer.id, c.officer.name, c.issuingAuthority, c.issuedOn,
                    c.expiresOn, List.of(c.domains), c.status, c.inForceOn(LocalDate.now()));
        }
    }

    private final CertificateService certificates;

    public CertificateResource(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "Verify a certificate", description = "Status and validity, for public verification.")
    public CertificateView get(@PathParam("number") String number) {
        return CertificateView.of(certificates.get(number));
    }
}
