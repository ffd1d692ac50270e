package org.enforcementledger.cases.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.enforcementledger.cases.problem.InvalidFieldException;
import org.enforcementledger.cases.problem.Problem;
import org.enforcementledger.cases.problem.RuleViolationException;

/** Assertions on what a rule refuses with: the rule id and the exact detail the API answers. */
final class Refusals {

    private Refusals() {
    }

    static void assertRefused(String rule, String detail, ThrowingCallable check) {
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(check)
                .withMessage(rule + ": " + detail)
                .satisfies(e -> assertThat(e.rule()).isEqualTo(rule));
    }

    static void assertInvalidField(String field, String message, ThrowingCallable check) {
        assertThatExceptionOfType(InvalidFieldException.class).isThrownBy(check)
                .satisfies(e -> assertThat(e.errors()).containsExactly(new Problem.FieldError(field, message)));
    }
}
