package org.enforcementledger.cases.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.enforcementledger.cases.rules.Refusals.assertRefused;

import java.util.List;

import org.enforcementledger.cases.matter.ActType;
import org.junit.jupiter.api.Test;

/** Inspections (spec §8), without a running service. */
class InspectionRulesTest {

    @Test
    void anInspectionRestsOnAnInspectionOrPenaltyMatterR83() {
        assertThatNoException().isThrownBy(() -> InspectionRules.requireInspectableMatter("AQ-JC-001",
                ActType.INSPECTION));
        assertThatNoException().isThrownBy(() -> InspectionRules.requireInspectableMatter("AQ-CF-001",
                ActType.PENALTY));
        assertRefused("R8.3", "matter YJ-QZ-001 is a COERCION matter; inspections rest on inspection or penalty "
                + "matters.", () -> InspectionRules.requireInspectableMatter("YJ-QZ-001", ActType.COERCION));
        assertRefused("R8.3", "matter ZS-001 is a EXPROPRIATION matter; inspections rest on inspection or penalty "
                + "matters.", () -> InspectionRules.requireInspectableMatter("ZS-001", ActType.EXPROPRIATION));
        assertRefused("R8.3", "matter QT-001 is a OTHER matter; inspections rest on inspection or penalty matters.",
                () -> InspectionRules.requireInspectableMatter("QT-001", ActType.OTHER));
    }

    @Test
    void twoOrMoreDistinctDepartmentsMakeAJointInspectionR87() {
        assertThat(InspectionRules.joint(List.of("BRIGADE"))).isFalse();
        assertThat(InspectionRules.joint(List.of("BRIGADE", "SAFETY"))).isTrue();
    }
}
