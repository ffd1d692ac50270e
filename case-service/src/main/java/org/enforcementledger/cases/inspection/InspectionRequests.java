package org.enforcementledger.cases.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcementledger.cases.casefile.Enums.PartyKind;

/** The bodies the inspection API accepts. */
public final class InspectionRequests {

    /** Some text that is not only white space; a field left out is null and passes. */
    static final String NOT_BLANK = "(?s).*\\S.*";

    private InspectionRequests() {
    }

    @Schema(name = "InspectionTarget")
    public record Target(@Schema(example = "ORGANIZATION") @NotNull PartyKind kind,
            @Schema(example = "重庆某某建材有限公司") @NotBlank @Size(max = 200) String name) {
    }

    @Schema(name = "NewInspection")
    public record NewInspection(
            @Schema(example = "DW-JC-2024-0042", description = "The district platform's own id of the inspection, "
                    + "unique within the town: a second inspection with it is refused with a 409 naming the first")
            @Size(min = 1, max = 100) String externalRef,
            @Schema(example = "2024-04-18") @NotNull LocalDate conductedOn,
            @Schema(example = "AQ-JC-001") @NotBlank @Size(max = 64) String matterCode,
            @Schema(example = "DW-01") @NotBlank @Size(max = 32) String villageCode,
            @Schema(example = "ROUTINE") @NotNull Inspection.Kind kind,
            @Schema(example = "[\"BRIGADE\", \"SAFETY\"]", description = "The town's departments taking part. They "
                    + "are one enforcement body, so several never make a joint inspection: that is recorded with "
                    + "POST /api/v1/joint-inspections (R8.7)")
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 32) String> departmentCodes,
            @NotNull @Size(max = 20) List<@NotNull UUID> officerIds,
            @Valid @NotNull Target target,
            @NotNull Boolean enterpriseRelated,
            @Schema(example = "消防通道堵塞，已责令当场整改", description = "What the inspection found. Without it the "
                    + "inspection is recorded as incomplete (recordComplete false), which R8.8 does not count as an "
                    + "inspection") @Size(max = 4000) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
            String findings) {
    }
}
