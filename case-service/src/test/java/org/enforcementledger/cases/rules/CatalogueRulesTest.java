package org.enforcementledger.cases.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.enforcementledger.cases.rules.Refusals.assertInvalidField;
import static org.enforcementledger.cases.rules.Refusals.assertRefused;

import java.time.LocalDate;

import org.enforcementledger.cases.matter.ActType;
import org.enforcementledger.cases.matter.PowerSource;
import org.junit.jupiter.api.Test;

/** The catalogue's rules (spec §2), without a running service. */
class CatalogueRulesTest {

    private static final LocalDate FROM = LocalDate.parse("2024-01-01");
    private static final LocalDate TO = LocalDate.parse("2024-06-30");

    @Test
    void aDevolvedOrEntrustedMatterNamesItsOriginalDepartmentR21() {
        assertThatNoException().isThrownBy(() -> CatalogueRules.requireOriginalDepartment(PowerSource.STATUTORY, null));
        assertThatNoException()
                .isThrownBy(() -> CatalogueRules.requireOriginalDepartment(PowerSource.DEVOLVED, "区应急管理局"));
        assertInvalidField("originalDepartment", "is required for a devolved or entrusted matter",
                () -> CatalogueRules.requireOriginalDepartment(PowerSource.DEVOLVED, null));
        assertInvalidField("originalDepartment", "is required for a devolved or entrusted matter",
                () -> CatalogueRules.requireOriginalDepartment(PowerSource.ENTRUSTED, " "));
    }

    @Test
    void aMatterIsInForceFromItsFirstToItsLastDayR22() {
        assertThat(CatalogueRules.inForce(FROM, TO, LocalDate.parse("2023-12-31"))).isFalse();
        assertThat(CatalogueRules.inForce(FROM, TO, FROM)).isTrue();
        assertThat(CatalogueRules.inForce(FROM, TO, TO)).isTrue();
        assertThat(CatalogueRules.inForce(FROM, TO, LocalDate.parse("2024-07-01"))).isFalse();
        assertThat(CatalogueRules.inForce(FROM, null, LocalDate.parse("2099-12-31"))).isTrue();
    }

    @Test
    void anActOutsideTheMattersPeriodIsRefusedR22() {
        assertThatNoException().isThrownBy(() -> CatalogueRules.requireInForce("YJ-CF-001", FROM, TO, TO));
        assertRefused("R2.2", "matter YJ-CF-001 is in force from 2024-01-01 to 2024-06-30, not on 2024-07-01.",
                () -> CatalogueRules.requireInForce("YJ-CF-001", FROM, TO, LocalDate.parse("2024-07-01")));
        assertRefused("R2.2", "matter YJ-CF-001 is in force from 2024-01-01, not on 2023-12-31.",
                () -> CatalogueRules.requireInForce("YJ-CF-001", FROM, null, LocalDate.parse("2023-12-31")));
    }

    @Test
    void aPenaltyCaseNeedsAPenaltyMatterR22() {
        assertThatNoException().isThrownBy(() -> CatalogueRules.requirePenaltyMatter("YJ-CF-001", ActType.PENALTY));
        assertRefused("R2.2", "matter AQ-JC-001 is a INSPECTION matter; a penalty case needs a PENALTY matter.",
                () -> CatalogueRules.requirePenaltyMatter("AQ-JC-001", ActType.INSPECTION));
    }
}
