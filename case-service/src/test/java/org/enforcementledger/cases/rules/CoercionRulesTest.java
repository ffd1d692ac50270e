package org.enforcementledger.cases.rules;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.enforcementledger.cases.rules.Refusals.assertRefused;

import java.util.UUID;

import org.enforcementledger.cases.coercion.CoerciveMeasure.Kind;
import org.enforcementledger.cases.matter.PowerSource;
import org.junit.jupiter.api.Test;

/** Coercive measures (spec §7), without a running service. */
class CoercionRulesTest {

    private static final UUID CASE = UUID.fromString("0b6f4a2e-7c1d-4e9f-8a3b-5c6d7e8f9a0b");

    @Test
    void noCoerciveMeasureInACaseUnderAnEntrustedMatterR35() {
        assertThatNoException().isThrownBy(() -> CoercionRules.requireNotEntrusted(CASE, PowerSource.STATUTORY));
        assertThatNoException().isThrownBy(() -> CoercionRules.requireNotEntrusted(CASE, PowerSource.DEVOLVED));
        assertRefused("R3.5", "case " + CASE + " is handled under an entrusted matter; administrative coercive "
                + "measures cannot be entrusted (Coercion Law Art 17).",
                () -> CoercionRules.requireNotEntrusted(CASE, PowerSource.ENTRUSTED));
    }

    @Test
    void aMeasureLastsAtMost30DaysOr60WithAnApprovedExtension() {
        assertThatNoException().isThrownBy(() -> CoercionRules.requireWithinDuration(Kind.SEAL, 30, false, 30, 30));
        assertRefused("§7", "a SEIZE lasts at most 30 days, 60 with an approved extension (Coercion Law Art 25); 31 "
                + "requested.", () -> CoercionRules.requireWithinDuration(Kind.SEIZE, 31, false, 30, 30));
        assertThatNoException().isThrownBy(() -> CoercionRules.requireWithinDuration(Kind.SEIZE, 60, true, 30, 30));
        assertRefused("§7", "a FREEZE lasts at most 30 days, 60 with an approved extension (Coercion Law Art 25); 61 "
                + "requested.", () -> CoercionRules.requireWithinDuration(Kind.FREEZE, 61, true, 30, 30));
    }

    @Test
    void theLimitsAreTheSettingsValues() {
        assertRefused("§7", "a SEAL lasts at most 20 days, 30 with an approved extension (Coercion Law Art 25); 21 "
                + "requested.", () -> CoercionRules.requireWithinDuration(Kind.SEAL, 21, false, 20, 10));
        assertThatNoException().isThrownBy(() -> CoercionRules.requireWithinDuration(Kind.SEAL, 30, true, 20, 10));
    }
}
