package org.enforcementledger.personnel.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** R4.3 (spec §4.3): a year's training hours per category, against the 60-hour requirement. */
class TrainingRulesTest {

    private static final BigDecimal REQUIRED = new BigDecimal("60");

    @Test
    void everyCategoryIsListedWithNoHoursWhenNothingWasCompleted() {
        TrainingRules.YearHours hours = TrainingRules.yearHours(List.of(), REQUIRED);
        assertThat(hours.byCategory()).containsExactly(
                Map.entry(TrainingCategory.PUBLIC_LAW, new BigDecimal("0.0")),
                Map.entry(TrainingCategory.BUSINESS, new BigDecimal("0.0")),
                Map.entry(TrainingCategory.ENFORCEMENT_SKILLS, new BigDecimal("0.0")));
        assertThat(hours.total()).isEqualTo(new BigDecimal("0.0"));
        assertThat(hours.met()).isFalse();
    }

    @Test
    void hoursAddUpPerCategoryAndSixtyMeetsTheRequirementWhile59Point9DoesNot() {
        List<TrainingRules.Completed> completed = List.of(
                completed(TrainingCategory.PUBLIC_LAW, "12.5"), completed(TrainingCategory.BUSINESS, "24"),
                completed(TrainingCategory.ENFORCEMENT_SKILLS, "16"),
                completed(TrainingCategory.ENFORCEMENT_SKILLS, "7.4"));
        TrainingRules.YearHours shortOf60 = TrainingRules.yearHours(completed, REQUIRED);
        assertThat(shortOf60.byCategory()).containsExactly(
                Map.entry(TrainingCategory.PUBLIC_LAW, new BigDecimal("12.5")),
                Map.entry(TrainingCategory.BUSINESS, new BigDecimal("24.0")),
                Map.entry(TrainingCategory.ENFORCEMENT_SKILLS, new BigDecimal("23.4")));
        assertThat(shortOf60.total()).isEqualTo(new BigDecimal("59.9"));
        assertThat(shortOf60.met()).isFalse();

        TrainingRules.YearHours met = TrainingRules.yearHours(List.of(completed.get(0), completed.get(1),
                completed.get(2), completed(TrainingCategory.ENFORCEMENT_SKILLS, "7.5")), REQUIRED);
        assertThat(met.total()).isEqualTo(new BigDecimal("60.0"));
        assertThat(met.met()).isTrue();
    }

    private static TrainingRules.Completed completed(TrainingCategory category, String hours) {
        return new TrainingRules.Completed(category, new BigDecimal(hours));
    }
}
