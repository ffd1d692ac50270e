package org.enforcementledger.personnel.exam;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the exam API accepts. */
public final class ExamRequests {

    private ExamRequests() {
    }

    @Schema(name = "NewExam")
    public record NewExam(
            @Schema(example = "ANNUAL_LEGAL") @NotNull ExamKind kind,
            @Schema(example = "2024-11-15") @NotNull LocalDate takenOn,
            @Schema(example = "86.5") @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 1) BigDecimal score,
            @Schema(example = "true") @NotNull Boolean passed) {
    }
}
