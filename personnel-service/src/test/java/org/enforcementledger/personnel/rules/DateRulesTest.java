package org.enforcementledger.personnel.rules;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.enforcementledger.personnel.rules.Refusals.assertInvalidField;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Days of things that happened: today is allowed, tomorrow is a 400 naming the field. */
class DateRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 12, 31);

    @Test
    void todayAndEarlierAreAllowedAndTomorrowIsNot() {
        assertThatNoException().isThrownBy(() -> DateRules.requireNotInFuture("takenOn", TODAY, TODAY));
        assertThatNoException().isThrownBy(() -> DateRules.requireNotInFuture("takenOn", TODAY.minusDays(1), TODAY));
        assertInvalidField(() -> DateRules.requireNotInFuture("completedOn", LocalDate.of(2025, 1, 1), TODAY),
                "completedOn", "must not be in the future");
    }
}
