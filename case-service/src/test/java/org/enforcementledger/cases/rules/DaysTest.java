package org.enforcementledger.cases.rules;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.enforcementledger.cases.rules.Refusals.assertInvalidField;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The ledger records what has happened. */
class DaysTest {

    private static final LocalDate TODAY = LocalDate.parse("2024-05-06");

    @Test
    void anActMayBeDatedTodayButNotTomorrow() {
        assertThatNoException().isThrownBy(() -> Days.notInFuture(TODAY, TODAY, "filedOn"));
        assertInvalidField("filedOn", "must not be in the future",
                () -> Days.notInFuture(TODAY.plusDays(1), TODAY, "filedOn"));
    }
}
