package org.enforcementledger.personnel.officer;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the officer API accepts. */
public final class OfficerRequests {

    private OfficerRequests() {
    }

    @Schema(name = "NewOfficer")
    public record NewOfficer(
            @Schema(example = "张伟") @NotBlank @Size(max = 50) String name,
            @Schema(example = "SAFETY") @NotBlank @Size(max = 32) String departmentCode,
            @Schema(example = "科员") @NotBlank @Size(max = 50) String position,
            @Schema(example = "true") @NotNull Boolean enforcementPost,
            @Schema(example = "false") @NotNull Boolean legalProfessionQualified,
            @Schema(example = "2021-03-01") @NotNull @PastOrPresent LocalDate joinedOn) {
    }

    @Schema(name = "OfficerChanges", description = "The fields to change; absent fields stay as they are.")
    public record OfficerChanges(
            @Schema(description = "The version read; a stale one is refused with 409", example = "0") @NotNull Long version,
            @Schema(example = "张伟") @Size(min = 1, max = 50) String name,
            @Schema(example = "BRIGADE") @Size(min = 1, max = 32) String departmentCode,
            @Schema(example = "副队长") @Size(min = 1, max = 50) String position,
            Boolean enforcementPost,
            Boolean legalProfessionQualified) {
    }

    @Schema(name = "Departure")
    public record Departure(
            @Schema(example = "2024-09-30") @NotNull @PastOrPresent LocalDate leftOn,
            @Schema(example = "TRANSFER") @NotNull DepartureReason reason) {
    }
}
