package org.enforcementledger.personnel.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcementledger.personnel.rules.TrainingCategory;

/** What the training API answers. */
public final class TrainingViews {

    private TrainingViews() {
    }

    @Schema(name = "Training")
    public record TrainingView(long id, UUID officerId, String course, TrainingCategory category, BigDecimal hours,
            LocalDate completedOn, String provider) {
        static TrainingView of(Training t) {
            return new TrainingView(t.id, t.officer.id, t.course, t.category, t.hours, t.completedOn, t.provider);
        }
    }

    @Schema(name = "TrainingSummary")
    public record TrainingSummary(UUID officerId, int year,
            @Schema(description = "Hours per category; every category is listed") Map<TrainingCategory, BigDecimal> hoursByCategory,
            BigDecimal totalHours,
            @Schema(description = "ledger.training.required-hours (R4.3: 60)") BigDecimal requiredHours,
            boolean met) {
    }
}
