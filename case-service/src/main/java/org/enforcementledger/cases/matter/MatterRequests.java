package org.enforcementledger.cases.matter;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the catalogue API accepts. */
public final class MatterRequests {

    private MatterRequests() {
    }

    @Schema(name = "NewMatter")
    public record NewMatter(
            @Schema(example = "YJ-CF-001") @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+") String code,
            @Schema(example = "对生产经营单位未按规定开展安全生产教育培训的处罚") @NotBlank @Size(max = 200) String name,
            @Schema(example = "PENALTY") @NotNull ActType actType,
            @Schema(example = "ENTRUSTED") @NotNull PowerSource source,
            @Schema(example = "区应急管理局") @Size(max = 100) String originalDepartment,
            @Schema(example = "《中华人民共和国安全生产法》第九十七条") @NotBlank @Size(max = 500) String legalBasis,
            @Schema(example = "2024-01-01") @NotNull LocalDate effectiveFrom,
            @Schema(example = "2025-06-30") LocalDate effectiveTo,
            @Schema(example = "2024-01-01", description = "The day the matter was published (R8.3): inspections and "
                    + "cases under it are refused before that day, and while none is recorded. Given with publishedAt")
            LocalDate publishedOn,
            @Schema(example = "https://www.ybq.gov.cn/zwgk/qzqd/", description = "Where it was published: the page's "
                    + "URL or the bulletin's name. Given with publishedOn") @Size(max = 500) String publishedAt) {
    }

    @Schema(name = "MatterPublication")
    public record Publication(
            @Schema(example = "2024-01-01") @NotNull LocalDate publishedOn,
            @Schema(example = "https://www.ybq.gov.cn/zwgk/qzqd/") @NotBlank @Size(max = 500) String publishedAt) {
    }
}
