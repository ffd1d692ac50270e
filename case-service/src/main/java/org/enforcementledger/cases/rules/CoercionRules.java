package org.enforcementledger.cases.rules;

import java.util.UUID;

import org.enforcementledger.cases.coercion.CoerciveMeasure;
import org.enforcementledger.cases.matter.PowerSource;
import org.enforcementledger.cases.problem.RuleViolationException;

/** Administrative coercive measures (行政强制措施, spec §7). */
public final class CoercionRules {

    private CoercionRules() {
    }

    /** R3.5 (Coercion Law Art 17): measures cannot be entrusted, so none in a case under an entrusted matter. */
    public static void requireNotEntrusted(UUID caseId, PowerSource matterSource) {
        if (matterSource == PowerSource.ENTRUSTED) {
            throw new RuleViolationException("R3.5", "case " + caseId + " is handled under an entrusted matter; "
                    + "administrative coercive measures cannot be entrusted (Coercion Law Art 17).");
        }
    }

    /**
     * §7 (Coercion Law Arts 25, 32): a measure lasts at most {@code maxDays} (30), plus {@code maxExtensionDays} (30)
     * with an approved extension. Applied to every kind of measure.
     */
    public static void requireWithinDuration(CoerciveMeasure.Kind kind, int days, boolean extensionApproved,
            int maxDays, int maxExtensionDays) {
        int limit = maxDays + (extensionApproved ? maxExtensionDays : 0);
        if (days > limit) {
            throw new RuleViolationException("§7", "a " + kind + " lasts at most " + maxDays + " days, "
                    + (maxDays + maxExtensionDays) + " with an approved extension (Coercion Law Art 25); " + days
                    + " requested.");
        }
    }
}
