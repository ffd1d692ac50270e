package org.enforcementledger.cases.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

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

    /**
     * R8.3: an unpublished matter may not be inspected, nor a case filed under it. A matter whose publication is
     * recorded may be acted under from its publication day; one without is unpublished. Matters catalogued before
     * publications were recorded ({@code predatesPublicationRecords}) and still without one are accepted with the
     * returned warning under {@code WARN}, so that an upgraded town is not refused every act overnight, and refused
     * under {@code ENFORCE}.
     *
     * @return the warning an act under a matter catalogued before publications were recorded is accepted with
     */
    public static Optional<String> requirePublished(String matterCode, LocalDate publishedOn, String publishedAt,
            boolean predatesPublicationRecords, LocalDate day, RuleSettings.UnrecordedPublication mode) {
        if (publishedOn != null) {
            if (day.isBefore(publishedOn)) {
                throw new RuleViolationException("R8.3", "matter " + matterCode + " is published only on "
                        + publishedOn + " (" + publishedAt + "); it may not be acted under on " + day + ".");
            }
            return Optional.empty();
        }
        if (!predatesPublicationRecords) {
            throw new RuleViolationException("R8.3", "matter " + matterCode + " is not published (no publication "
                    + "is recorded); an unpublished matter may not be inspected or acted under.");
        }
        String message = "matter " + matterCode + " was catalogued before publications were recorded and its "
                + "publication is still not recorded";
        if (mode == RuleSettings.UnrecordedPublication.ENFORCE) {
            throw new RuleViolationException("R8.3", message + "; an unpublished matter may not be inspected or "
                    + "acted under.");
        }
        return Optional.of(message);
    }

    /** R8.7: an inspection by two or more distinct departments or bodies is joint (联合检查) and counts once. */
    public static boolean joint(Collection<String> distinctDepartmentCodes) {
        return distinctDepartmentCodes.size() >= 2;
    }
}
