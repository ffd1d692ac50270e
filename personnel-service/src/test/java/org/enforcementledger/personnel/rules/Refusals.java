package org.enforcementledger.personnel.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.enforcementledger.personnel.problem.ApiException;
import org.enforcementledger.personnel.problem.InvalidFieldException;
import org.enforcementledger.personnel.problem.Problem;
import org.enforcementledger.personnel.problem.RuleViolationException;

/** Asserts the exact refusal a rule answers with: the 422's rule id and detail, or the 400's field and message. */
final class Refusals {

    private Refusals() {
    }

    static void assertRuleViolation(ThrowingCallable check, String rule, String detail) {
        assertThatThrownBy(check).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.getMessage()).isEqualTo(rule + ": " + detail);
        });
    }

    static void assertInvalidField(ThrowingCallable check, String field, String message) {
        assertThatThrownBy(check).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.errors()).isEqualTo(List.of(new Problem.FieldError(field, message)));
        });
    }

    static void assertRefused(ThrowingCallable check, Class<? extends ApiException> type, int status, String detail) {
        assertThatThrownBy(check).isInstanceOfSatisfying(type, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.getMessage()).isEqualTo(detail);
        });
    }
}
