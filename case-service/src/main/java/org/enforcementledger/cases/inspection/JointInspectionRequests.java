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

/** The bodies the joint-inspection API accepts. */
public final class JointInspectionRequests {

    private JointInspectionRequests() {
    }

    @Schema(name = "NewJointInspection")
    public record NewJointInspection(
            @Schema(example = "2024-04-18") @NotNull LocalDate conductedOn,
            @Schema(example = "YB-YJJ", description = "The lead body (牵头单位): a code of the register of enforcement "
                    + "bodies, or the town's own org-unit code") @NotBlank @Size(max = 64) String leadBodyCode,
            @Schema(example = "[\"500112-dawan\", \"YB-XF\"]", description = "The other bodies (配合单位), each once and "
                    + "without the lead; the town's own body is the lead or one of them (R8.7)")
            @NotNull @Size(max = 20) List<@NotBlank @Size(max = 64) String> participatingBodyCodes,
            @Schema(example = "[\"AQ-JC-001\"]", description = "The published catalogue matters inspected under (R8.3)")
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 64) String> matterCodes,
            @Schema(example = "[\"消防通道是否畅通\", \"安全生产教育培训记录\"]", description = "The shared checklist (一表通查)")
            @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 200) String> checklist,
            @Schema(example = "DW-01") @NotBlank @Size(max = 32) String villageCode,
            @Schema(example = "SPECIAL") @NotNull Inspection.Kind kind,
            @Schema(description = "The town's officers taking part: at least two, each eligible that day (R4.6, R4.1)")
            @NotNull @Size(max = 20) List<@NotNull UUID> officerIds,
            @NotNull Boolean enterpriseRelated,
            @Schema(description = "The objects inspected, one record each; more can be added later")
            @Size(max = 200) List<@Valid @NotNull InspectedObject> objects) {
    }

    @Schema(name = "NewJointInspectionObject")
    public record InspectedObject(
            @Schema(example = "DW-JC-2024-0042", description = "The district platform's own id of the object's "
                    + "inspection, unique within the town") @Size(min = 1, max = 100) String externalRef,
            @Valid @NotNull InspectionRequests.Target target,
            @Schema(example = "AQ-JC-001", description = "One of the joint inspection's matterCodes; its first when left "
                    + "out") @Size(max = 64) String matterCode,
            @Schema(example = "消防通道堵塞，已责令当场整改", description = "What was found. Without it the record is "
                    + "incomplete, which R8.8 does not count as an inspection") @Size(max = 4000)
            @Pattern(regexp = InspectionRequests.NOT_BLANK, message = "must not be blank") String findings) {
    }
}
