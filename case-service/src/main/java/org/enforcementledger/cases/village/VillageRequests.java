package org.enforcementledger.cases.village;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the village API accepts. */
public final class VillageRequests {

    private VillageRequests() {
    }

    @Schema(name = "NewVillage")
    public record NewVillage(
            @Schema(example = "DW-01") @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
            @Schema(example = "大湾村") @NotBlank @Size(max = 100) String name) {
    }
}
