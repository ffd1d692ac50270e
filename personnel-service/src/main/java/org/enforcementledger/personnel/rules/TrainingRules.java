package org.enforcementledger.personnel.rules;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * R4.3 (spec §4.3): each officer completes at least the required class hours a year ({@code
 * ledger.training.required-hours}, 60), across public legal knowledge, business knowledge and enforcement skills.
 * Reported, not enforced: nothing is refused for it.
 */
public final class TrainingRules {

    private TrainingRules() {
    }

    /** Training completed, counted in the calendar year of its completion. */
    public record Completed(TrainingCategory category, BigDecimal hours) {
    }

    /** A year's hours: every category listed (0.0 when none), their total, and whether it meets the requirement. */
    public record YearHours(Map<TrainingCategory, BigDecimal> byCategory, BigDecimal total, boolean met) {
    }

    public static YearHours yearHours(List<Completed> completed, BigDecimal requiredHours) {
        Map<TrainingCategory, BigDecimal> byCategory = new EnumMap<>(TrainingCategory.class);
        for (TrainingCategory category : TrainingCategory.values()) {
            byCategory.put(category, BigDecimal.ZERO.setScale(1));
        }
        for (Completed training : completed) {
            byCategory.merge(training.category(), training.hours(), BigDecimal::add);
        }
        BigDecimal total = byCategory.values().stream().reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
        return new YearHours(byCategory, total, total.compareTo(requiredHours) >= 0);
    }
}
