package org.enforcementledger.cases.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.enforcementledger.cases.rules.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;

import org.enforcementledger.cases.matter.ActType;
import org.enforcementledger.cases.matter.PowerSource;
import org.enforcementledger.cases.rules.EntrustmentRules.Letter;
import org.junit.jupiter.api.Test;

/** Entrustment letters (spec §3), without a running service. */
class EntrustmentRulesTest {

    private static final String BUREAU = "重庆市渝北区应急管理局";
    /** Valid for the first half of 2024, published on 5 January. */
    private static final Letter LETTER = new Letter("渝北应急委〔2024〕3号", BUREAU, day("2024-01-01"), day("2024-06-30"),
            day("2024-01-05"));

    @Test
    void aLetterNamesEntrustedMattersOnlyR31() {
        assertThatNoException().isThrownBy(
                () -> EntrustmentRules.requireEntrustable("YJ-CF-001", ActType.PENALTY, PowerSource.ENTRUSTED));
        assertRefused("R3.1", "matter YJ-CF-001 is STATUTORY; an entrustment letter may name entrusted matters only.",
                () -> EntrustmentRules.requireEntrustable("YJ-CF-001", ActType.PENALTY, PowerSource.STATUTORY));
        assertRefused("R3.1", "matter YJ-CF-002 is DEVOLVED; an entrustment letter may name entrusted matters only.",
                () -> EntrustmentRules.requireEntrustable("YJ-CF-002", ActType.INSPECTION, PowerSource.DEVOLVED));
    }

    @Test
    void aLetterNeverNamesACoercionMatterR35() {
        assertRefused("R3.5", "matter YJ-QZ-001 is a coercive measure; administrative coercive measures cannot be "
                + "entrusted.",
                () -> EntrustmentRules.requireEntrustable("YJ-QZ-001", ActType.COERCION, PowerSource.ENTRUSTED));
        assertRefused("R3.5", "matter YJ-QZ-002 is a coercive measure; administrative coercive measures cannot be "
                + "entrusted.",
                () -> EntrustmentRules.requireEntrustable("YJ-QZ-002", ActType.COERCION, PowerSource.STATUTORY));
    }

    @Test
    void aLetterAuthorisesFromPublicationAndValidityToItsLastDayR31() {
        assertThat(EntrustmentRules.authorisingLetter("YJ-CF-001", day("2024-01-05"), List.of(LETTER)))
                .isEqualTo(LETTER);
        assertThat(EntrustmentRules.authorisingLetter("YJ-CF-001", day("2024-06-30"), List.of(LETTER)))
                .isEqualTo(LETTER);
        assertRefused("R3.1", "no entrustment letter for matter YJ-CF-001 is valid and published on 2024-07-01: "
                + "letter 渝北应急委〔2024〕3号 expired on 2024-06-30.",
                () -> EntrustmentRules.authorisingLetter("YJ-CF-001", day("2024-07-01"), List.of(LETTER)));
        assertRefused("R3.1", "no entrustment letter for matter YJ-CF-001 is valid and published on 2024-01-04: "
                + "letter 渝北应急委〔2024〕3号 is published only on 2024-01-05.",
                () -> EntrustmentRules.authorisingLetter("YJ-CF-001", day("2024-01-04"), List.of(LETTER)));
    }

    @Test
    void aLetterPublishedBeforeItsValidityAuthorisesFromItsFirstDayR31() {
        Letter later = new Letter("L-2", BUREAU, day("2024-02-01"), day("2024-12-31"), day("2024-01-05"));
        assertRefused("R3.1", "no entrustment letter for matter YJ-CF-001 is valid and published on 2024-01-31: "
                + "letter L-2 is valid only from 2024-02-01.",
                () -> EntrustmentRules.authorisingLetter("YJ-CF-001", day("2024-01-31"), List.of(later)));
        assertThat(EntrustmentRules.authorisingLetter("YJ-CF-001", day("2024-02-01"), List.of(later)))
                .isEqualTo(later);
    }

    @Test
    void anUnpublishedLetterAuthorisesNothingR31() {
        Letter unpublished = new Letter("L-3", BUREAU, day("2024-01-01"), day("2026-12-31"), null);
        assertThat(unpublished.authorisesOn(day("2024-03-01"))).isFalse();
        assertRefused("R3.1", "no entrustment letter for matter YJ-CF-001 is valid and published on 2024-03-01: "
                + "letter L-3 is not published.",
                () -> EntrustmentRules.authorisingLetter("YJ-CF-001", day("2024-03-01"), List.of(unpublished)));
    }

    @Test
    void withoutALetterAnEntrustedActIsRefusedR31() {
        assertRefused("R3.1", "no entrustment letter covers matter YJ-CF-001.",
                () -> EntrustmentRules.authorisingLetter("YJ-CF-001", day("2024-03-01"), List.of()));
    }

    @Test
    void theFirstLetterThatAuthorisesWinsAndEveryOtherIsNamedWhenNoneDoesR31() {
        Letter renewal = new Letter("渝北应急委〔2024〕9号", BUREAU, day("2024-07-01"), day("2026-12-31"),
                day("2024-06-20"));
        assertThat(EntrustmentRules.authorisingLetter("YJ-CF-001", day("2024-07-01"), List.of(LETTER, renewal)))
                .isEqualTo(renewal);
        assertRefused("R3.1", "no entrustment letter for matter YJ-CF-001 is valid and published on 2027-01-01: "
                + "letter 渝北应急委〔2024〕3号 expired on 2024-06-30; letter 渝北应急委〔2024〕9号 expired on 2026-12-31.",
                () -> EntrustmentRules.authorisingLetter("YJ-CF-001", day("2027-01-01"), List.of(LETTER, renewal)));
    }

    private static LocalDate day(String day) {
        return LocalDate.parse(day);
    }
}
