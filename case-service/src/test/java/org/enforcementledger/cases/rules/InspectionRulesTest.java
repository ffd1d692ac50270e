package org.enforcementledger.cases.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.enforcementledger.cases.rules.Refusals.assertInvalidField;
import static org.enforcementledger.cases.rules.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;

import org.enforcementledger.cases.matter.ActType;
import org.enforcementledger.cases.rules.RuleSettings.UnrecordedPublication;
import org.junit.jupiter.api.Test;

/** Inspections (spec §8), without a running service. */
class InspectionRulesTest {

    private static final String TOWN = "500112-dawan";

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
    void aMatterMayBeActedUnderFromItsPublicationDayR83() {
        LocalDate published = LocalDate.parse("2024-03-01");
        assertThat(InspectionRules.requirePublished("AQ-JC-001", published, "区政府网站", false, published,
                UnrecordedPublication.WARN)).isEmpty();
        assertThat(InspectionRules.requirePublished("AQ-JC-001", published, "区政府网站", true,
                LocalDate.parse("2024-03-02"), UnrecordedPublication.ENFORCE)).isEmpty();
        assertRefused("R8.3", "matter AQ-JC-001 is published only on 2024-03-01 (区政府网站); it may not be acted "
                + "under on 2024-02-29.", () -> InspectionRules.requirePublished("AQ-JC-001", published, "区政府网站",
                        false, LocalDate.parse("2024-02-29"), UnrecordedPublication.WARN));
        assertRefused("R8.3", "matter AQ-JC-001 is published only on 2024-03-01 (区政府网站); it may not be acted "
                + "under on 2024-02-29.", () -> InspectionRules.requirePublished("AQ-JC-001", published, "区政府网站",
                        true, LocalDate.parse("2024-02-29"), UnrecordedPublication.WARN));
    }

    @Test
    void aMatterWithoutAPublicationIsUnpublishedUnlessCataloguedBeforePublicationsWereRecordedR83() {
        LocalDate day = LocalDate.parse("2024-05-06");
        assertRefused("R8.3", "matter AQ-JC-001 is not published (no publication is recorded); an unpublished "
                + "matter may not be inspected or acted under.", () -> InspectionRules.requirePublished("AQ-JC-001",
                        null, null, false, day, UnrecordedPublication.WARN));
        assertThat(InspectionRules.requirePublished("AQ-JC-001", null, null, true, day, UnrecordedPublication.WARN))
                .contains("matter AQ-JC-001 was catalogued before publications were recorded and its publication is "
                        + "still not recorded");
        assertRefused("R8.3", "matter AQ-JC-001 was catalogued before publications were recorded and its "
                + "publication is still not recorded; an unpublished matter may not be inspected or acted under.",
                () -> InspectionRules.requirePublished("AQ-JC-001", null, null, true, day,
                        UnrecordedPublication.ENFORCE));
    }

    @Test
    void aJointInspectionIsAnOperationOfTwoOrMoreBodiesTheTownAmongThemR87() {
        assertThatNoException().isThrownBy(() -> InspectionRules.requireJointOperation(TOWN, "YB-YJJ",
                List.of(TOWN)));
        assertThatNoException().isThrownBy(() -> InspectionRules.requireJointOperation(TOWN, TOWN,
                List.of("YB-YJJ", "YB-XF")));
        assertRefused("R8.7", "a joint inspection is one operation of two or more enforcement bodies; only "
                + "500112-dawan is named (the town's own offices and brigade are one body, 500112-dawan).",
                () -> InspectionRules.requireJointOperation(TOWN, TOWN, List.of()));
        assertRefused("R8.7", "the town records the joint inspections it takes part in; its own body 500112-dawan "
                + "is neither the lead nor a participant.",
                () -> InspectionRules.requireJointOperation(TOWN, "YB-YJJ", List.of("YB-XF")));
    }

    @Test
    void eachBodyOfAJointInspectionIsNamedOnce() {
        assertInvalidField("participatingBodyCodes[0]", "is the lead body; name it once, as leadBodyCode",
                () -> InspectionRules.requireJointOperation(TOWN, TOWN, List.of(TOWN)));
        assertInvalidField("participatingBodyCodes[1]", "is named twice",
                () -> InspectionRules.requireJointOperation(TOWN, "YB-YJJ", List.of(TOWN, TOWN)));
    }
}
