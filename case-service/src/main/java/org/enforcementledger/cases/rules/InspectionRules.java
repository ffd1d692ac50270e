package org.enforcementledger.cases.rules;

import java.util.Collection;

import org.enforcementledger.cases.matter.ActType;
import org.enforcementledger.cases.problem.RuleViolationException;

/** Administrative inspections (行政检查, spec §8). */
public final class InspectionRules {

    private InspectionRules() {
    }

    /** R8.3: an inspection rests on a published catalogue matter that authorises inspections or penalties. */
    public static void requireInspectableMatter(String matterCode, ActType actType) {
        if (actType != ActType.INSPECTION && actType != ActType.PENALTY) {
            throw new RuleViolationException("R8.3", "matter " + matterCode + " is a " + actType
                    + " matter; inspections rest on inspection or penalty matters.");
        }
    }

    /** R8.7: an inspection by two or more distinct departments or bodies is joint (联合检查) and counts once. */
    public static boolean joint(Collection<String> distinctDepartmentCodes) {
        return distinctDepartmentCodes.size() >= 2;
    }
}
