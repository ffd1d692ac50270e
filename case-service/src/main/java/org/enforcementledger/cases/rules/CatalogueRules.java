package org.enforcementledger.cases.rules;

import java.time.LocalDate;

import org.enforcementledger.cases.matter.ActType;
import org.enforcementledger.cases.matter.PowerSource;
import org.enforcementledger.cases.problem.InvalidFieldException;
import org.enforcementledger.cases.problem.RuleViolationException;

/** The enforcement catalogue (执法事项清单, spec §2): what an act may rest on. */
public final class CatalogueRules {

    private CatalogueRules() {
    }

    /** R2.1: a devolved or entrusted matter names the department that held the power before (原行使部门). */
    public static void requireOriginalDepartment(PowerSource source, String originalDepartment) {
        if (source != PowerSource.STATUTORY && (originalDepartment == null || originalDepartment.isBlank())) {
            throw new InvalidFieldException("originalDepartment", "is required for a devolved or entrusted matter");
        }
    }

    /** Whether a matter effective from {@code from} to {@code to} (open when null) is in force on the day. */
    public static boolean inForce(LocalDate from, LocalDate to, LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** R2.2: an act may only rest on a matter in force on its day. */
    public static void requireInForce(String matterCode, LocalDate from, LocalDate to, LocalDate day) {
        if (!inForce(from, to, day)) {
            throw new RuleViolationException("R2.2", "matter " + matterCode + " is in force from " + from
                    + (to == null ? "" : " to " + to) + ", not on " + day + ".");
        }
    }

    /** R2.2: a penalty case is opened under a penalty matter of the catalogue. */
    public static void requirePenaltyMatter(String matterCode, ActType actType) {
        if (actType != ActType.PENALTY) {
            throw new RuleViolationException("R2.2", "matter " + matterCode + " is a " + actType
                    + " matter; a penalty case needs a PENALTY matter.");
        }
    }
}
