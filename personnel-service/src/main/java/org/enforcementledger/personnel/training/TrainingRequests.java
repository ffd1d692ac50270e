package org.enforcementledger.personnel.training;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcementledger.personnel.rules.TrainingCategory;

/** The bodies the training API accepts. */
public final class TrainingRequests {

    private TrainingRequests() {
    }

    @Schema(name = "NewTraining")
    public record NewTraining(
            @Schema(example = "《行政处罚法》专题培训") @NotBlank @Size(max = 200) String course,
            @Schema(example = "PUBLIC_LAW") @NotNull TrainingCategory category,
            @Schema(example = "6", description = "Class hours of this record: more than 0, at most 24") @NotNull
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 1) BigDecimal hours,
            @Schema(example = "2024-04-12") @NotNull LocalDate completedOn,
            @Schema(example = "渝北区司法局") @NotBlank @Size(max = 100) String provider) {
    }
}
