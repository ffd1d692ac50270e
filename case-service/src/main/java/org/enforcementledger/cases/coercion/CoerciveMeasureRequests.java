package org.enforcementledger.cases.coercion;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the coercion API accepts. */
public final class CoerciveMeasureRequests {

    private CoerciveMeasureRequests() {
    }

    @Schema(name = "NewCoerciveMeasure")
    public record NewMeasure(
            @NotNull UUID caseId,
            @Schema(example = "SEAL") @NotNull CoerciveMeasure.Kind kind,
            @Schema(example = "2024-05-08") @NotNull LocalDate appliedOn,
            @Schema(example = "30", description = "At most 30 days; up to 60 with an approved extension (Coercion Law Art 25)") @NotNull @Min(1) Integer days,
            @Schema(description = "Whether the head of the agency approved an extension beyond 30 days") Boolean extensionApproved,
            @NotNull @Size(max = 20) List<@NotNull UUID> officerIds) {
    }
}
