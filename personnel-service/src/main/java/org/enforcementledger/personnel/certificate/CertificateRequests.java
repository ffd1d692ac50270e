package org.enforcementledger.personnel.certificate;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the certificate API accepts. */
public final class CertificateRequests {

    private CertificateRequests() {
    }

    @Schema(name = "NewCertificate")
    public record NewCertificate(
            @Schema(example = "50011224000123") @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]+") String number,
            @Schema(example = "重庆市渝北区司法局") @NotBlank @Size(max = 100) String issuingAuthority,
            @Schema(example = "2024-05-20") @NotNull LocalDate issuedOn,
            @Schema(example = "2030-05-19") @NotNull LocalDate expiresOn,
            @Schema(example = "[\"应急管理\", \"城市管理\"]") @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 50) String> domains) {
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
}
