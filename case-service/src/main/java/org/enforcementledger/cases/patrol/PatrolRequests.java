package org.enforcementledger.cases.patrol;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the patrol API accepts. */
public final class PatrolRequests {

    private PatrolRequests() {
    }

    @Schema(name = "NewPatrol")
    public record NewPatrol(
            @Schema(example = "2024-04-18") @NotNull LocalDate conductedOn,
            @Schema(example = "DW-01") @NotBlank @Size(max = 32) String villageCode,
            @Schema(example = "CG-JC-001", description = "The catalogue matter patrolled under, if any: then one an "
                    + "inspection may rest on that day (R8.3, R2.2, R3.1)") @Size(min = 1, max = 64) String matterCode,
            @Schema(example = "大湾场镇主街及农贸市场周边") @NotBlank @Size(max = 500) String area,
            @Schema(description = "At least two officers, each eligible that day (R4.6, R4.1)")
            @NotNull @Size(max = 20) List<@NotNull UUID> officerIds,
            @Schema(example = "发现占道经营 3 处，已劝导整改") @Size(max = 4000)
            @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String findings) {
    }
}
