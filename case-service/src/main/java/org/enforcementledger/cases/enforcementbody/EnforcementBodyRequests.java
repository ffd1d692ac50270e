package org.enforcementledger.cases.enforcementbody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the enforcement-body register accepts. */
public final class EnforcementBodyRequests {

    private EnforcementBodyRequests() {
    }

    @Schema(name = "NewEnforcementBody")
    public record NewBody(
            @Schema(example = "YB-YJJ") @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+") String code,
            @Schema(example = "重庆市渝北区应急管理局") @NotBlank @Size(max = 100) String name,
            @Schema(example = "DISTRICT_BUREAU", description = "Not TOWN_GOVERNMENT: the town's own body is implicit")
            @NotNull EnforcementBody.Kind kind) {
    }
}
