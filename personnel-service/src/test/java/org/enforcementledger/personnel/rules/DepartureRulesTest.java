package org.enforcementledger.personnel.rules;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.enforcementledger.personnel.rules.Refusals.assertInvalidField;
import static org.enforcementledger.personnel.rules.Refusals.assertRefused;
import static org.enforcementledger.personnel.rules.Refusals.assertRuleViolation;

import java.time.LocalDate;
import java.util.UUID;

import org.enforcementledger.personnel.problem.ConflictException;
import org.junit.jupiter.api.Test;

/** §4.2: leaving the enforcement staff once, not before joining; the record is closed afterwards. */
class DepartureRulesTest {

    private static final UUID OFFICER = UUID.fromString("6f1c2b0e-0000-4000-8000-000000000042");
    private static final LocalDate JOINED_ON = LocalDate.of(2019, 3, 1);

    @Test
    void anOfficerMayLeaveOnTheDayTheyJoinedButNotTheDayBefore() {
        assertThatNoException().isThrownBy(
                () -> DepartureRules.requireDeparture(OFFICER, false, null, JOINED_ON, JOINED_ON));
        assertInvalidField(() -> DepartureRules.requireDeparture(OFFICER, false, null, JOINED_ON,
                LocalDate.of(2019, 2, 28)), "leftOn", "must not be before joinedOn 2019-03-01");
    }

    @Test
    void aSecondDepartureIsAConflictNamingTheFirst() {
        assertRefused(() -> DepartureRules.requireDeparture(OFFICER, true, LocalDate.of(2024, 9, 30), JOINED_ON,
                LocalDate.of(2024, 10, 1)), ConflictException.class, 409,
                "Officer " + OFFICER + " left on 2024-09-30 already.");
    }

    @Test
    void aDepartedOfficersRecordIsClosed() {
        assertRuleViolation(() -> DepartureRules.requireOpenRecord(OFFICER, true), "§4.2",
                "officer " + OFFICER + " has left; the record is closed.");
        assertThatNoException().isThrownBy(() -> DepartureRules.requireOpenRecord(OFFICER, false));
    }
}
