package org.enforcementledger.personnel.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the department API accepts. */
public final class DepartmentRequests {

    private DepartmentRequests() {
    }

    @Schema(name = "NewDepartment")
    public record NewDepartment(
            @Schema(example = "SAFETY") @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
            @Schema(example = "应急管理办公室") @NotBlank @Size(max = 100) String name,
            @Schema(example = "BUSINESS_OFFICE") @NotNull DepartmentKind kind) {
    }
}
