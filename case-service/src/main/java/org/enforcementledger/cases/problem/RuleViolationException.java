package org.enforcementledger.cases.problem;

/** A broken domain rule: 422, naming the rule id from {@code shared/domain/spec.md}. */
public class RuleViolationException extends ApiException {

    private final String rule;

    public RuleViolationException(String rule, String detail) {
        super(422, "rule-violation", "Domain rule violated", rule + ": " + detail);
        this.rule = rule;
    }

    @Override
    public String rule() {
        return rule;
    }
}
