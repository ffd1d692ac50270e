package org.enforcementledger.cases.entrustment;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the entrustment API accepts. */
public final class EntrustmentRequests {

    private EntrustmentRequests() {
    }

    @Schema(name = "NewEntrustment")
    public record NewEntrustment(
            @Schema(example = "渝北应急委〔2024〕3号") @NotBlank @Size(max = 64) String number,
            @Schema(example = "重庆市渝北区应急管理局") @NotBlank @Size(max = 100) String entrustingAuthority,
            @Schema(example = "[\"YJ-CF-001\"]") @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 64) String> matterCodes,
            @Schema(example = "2024-01-01") @NotNull LocalDate validFrom,
            @Schema(example = "2026-12-31") @NotNull LocalDate validUntil,
            @Schema(example = "2024-01-05", description = "Day the letter was published; unpublished letters authorise nothing (R3.1)") LocalDate publishedOn) {
    }
}
