package org.enforcementledger.report.problem;

import java.util.List;

/** A broken domain rule: 422, naming the rule id from {@code shared/domain/spec.md} and the field that breaks it. */
public class RuleViolationException extends ApiException {

    private final String rule;
    private final List<Problem.FieldError> errors;

    public RuleViolationException(String rule, String field, String message) {
        super(422, "rule-violation", "Domain rule violated", rule + ": " + field + " " + message);
        this.rule = rule;
        this.errors = List.of(new Problem.FieldError(field, message));
    }

    @Override
    public String rule() {
        return rule;
    }

    @Override
    public List<Problem.FieldError> errors() {
        return errors;
    }
}
