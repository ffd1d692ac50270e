package org.enforcementledger.personnel.rules;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.enforcementledger.personnel.rules.Refusals.assertInvalidField;
import static org.enforcementledger.personnel.rules.Refusals.assertRefused;
import static org.enforcementledger.personnel.rules.Refusals.assertRuleViolation;

import java.time.LocalDate;
import java.util.UUID;

import org.enforcementledger.personnel.problem.ConflictException;
import org.junit.jupiter.api.Test;

/** R4.4: an absence from the annual legal exam, of an officer on the staff that day; a sitting or an absence a day. */
class ExamRulesTest {

    private static final UUID OFFICER = UUID.fromString("6f1c2b0e-0000-4000-8000-000000000044");
    private static final LocalDate JOINED_ON = LocalDate.of(2019, 3, 1);
    private static final LocalDate HELD_ON = LocalDate.of(2024, 11, 15);

    @Test
    void anAbsenceIsFromTheAnnualLegalExamOnly() {
        assertThatNoException().isThrownBy(() -> ExamRules.requireAnnualLegalExam(true));
        assertRuleViolation(() -> ExamRules.requireAnnualLegalExam(false), "R4.4",
                "an absence is recorded for the annual legal exam (ANNUAL_LEGAL) only.");
    }

    @Test
    void theOfficerWasOnTheStaffFromTheDayTheyJoinedToTheDayBeforeTheyLeft() {
        assertThatNoException().isThrownBy(() -> ExamRules.requireOnStaff(OFFICER, JOINED_ON, null, JOINED_ON));
        assertThatNoException().isThrownBy(() -> ExamRules.requireOnStaff(OFFICER, JOINED_ON,
                HELD_ON.plusDays(1), HELD_ON));
        assertInvalidField(() -> ExamRules.requireOnStaff(OFFICER, JOINED_ON, null, JOINED_ON.minusDays(1)),
                "heldOn", "must not be before joinedOn 2019-03-01");
        assertRuleViolation(() -> ExamRules.requireOnStaff(OFFICER, JOINED_ON, HELD_ON, HELD_ON), "R4.4",
                "officer " + OFFICER + " left the enforcement staff on 2024-11-15; the exam held on 2024-11-15 was "
                        + "not theirs to sit.");
    }

    @Test
    void anOfficerSatTheExamOrWasAbsentOnADayNotBoth() {
        assertThatNoException().isThrownBy(() -> ExamRules.requireNotAbsent(OFFICER, HELD_ON, false));
        assertThatNoException().isThrownBy(() -> ExamRules.requireNotSat(OFFICER, HELD_ON, false));
        assertRefused(() -> ExamRules.requireNotAbsent(OFFICER, HELD_ON, true), ConflictException.class, 409,
                "Officer " + OFFICER + " is recorded absent from the annual legal exam of 2024-11-15.");
        assertRefused(() -> ExamRules.requireNotSat(OFFICER, HELD_ON, true), ConflictException.class, 409,
                "Officer " + OFFICER + " sat the annual legal exam on 2024-11-15.");
    }
}
